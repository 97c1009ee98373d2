/** Makes a switch over a closed union exhaustive: a new Block type (or kind) is a compile error until every switch handles it. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}

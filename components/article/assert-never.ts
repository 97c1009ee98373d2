/** Makes a switch exhaustive: a new Block type is a compile error until it is rendered. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}

// The MDN HTTP Observatory ships JavaScript with JSDoc but no declarations; these are the parts the
// e2e test uses.
declare module "@mdn/mdn-http-observatory/src/retriever/retriever.js" {
  export function retrieve(hostname: string, options?: { httpPort?: number; httpsPort?: number }): Promise<unknown>;
}
declare module "@mdn/mdn-http-observatory/src/constants.js" {
  export const ALL_TESTS: ((requests: unknown) => { pass: boolean; result: string })[];
}
declare module "@mdn/mdn-http-observatory/src/grader/grader.js" {
  export function getScoreModifier(result: string): number;
}

import { createRequire } from "node:module";

type StructuredDataTool = {
  structuredDataTest(html: string, options: { presets: unknown[] }): Promise<unknown>;
};
/** structured-data-testing-tool (CommonJS, no types): the test function and its presets. */
const tool = createRequire(import.meta.url)("structured-data-testing-tool") as StructuredDataTool;
const presets = createRequire(import.meta.url)("structured-data-testing-tool/presets") as { Google: unknown; Twitter: unknown; Facebook: unknown };

/** structured-data-testing-tool with its Google, Twitter and Facebook presets: every failure, named. */
export async function presetFailures(html: string): Promise<string[]> {
  const { structuredDataTest } = tool;
  const { Google, Twitter, Facebook } = presets;
  try {
    await structuredDataTest(html, { presets: [Google, Twitter, Facebook] });
    return [];
  } catch (error) {
    const failed = (error as { res?: { failed: { description: string; test: string }[] } }).res?.failed;
    if (!failed) throw error;
    return failed.map((failure) => `${failure.description} (${failure.test})`);
  }
}

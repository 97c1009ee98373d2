/**
 * The share control's behaviour, apart from the page so it can be tested: the reader's own share sheet
 * (Web Share API) where the browser has one, otherwise the story's address copied to the clipboard.
 */

/** What of `navigator` sharing uses. */
export type ShareCapabilities = {
  share?: (data: ShareData) => Promise<void>;
  clipboard?: Pick<Clipboard, "writeText">;
};

export type ShareTarget = { url: string; title: string };

/** The button's label: what pressing it will do. */
export const shareLabel = (capabilities: ShareCapabilities): string => (typeof capabilities.share === "function" ? "Share" : "Copy link");

/**
 * Shares or copies `target`, and returns what the page should announce (nothing after the share sheet,
 * whose own interface tells the reader what happened; a closed sheet is not a failure).
 */
export async function shareStory(capabilities: ShareCapabilities, target: ShareTarget): Promise<string> {
  if (typeof capabilities.share === "function") {
    try {
      await capabilities.share({ url: target.url, title: target.title });
    } catch {
      // Closed by the reader (AbortError), or refused: the plain share links beside the button remain.
    }
    return "";
  }
  try {
    if (!capabilities.clipboard) throw new Error("no clipboard");
    await capabilities.clipboard.writeText(target.url);
    return "Link copied";
  } catch {
    return "Copy failed: use the address bar";
  }
}

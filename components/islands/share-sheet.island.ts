/**
 * Island: the share button. The server renders it inside `[data-share]` (components/article/share-bar.tsx)
 * with the story's URL and title, invisible until this runs (its place kept, so nothing moves) and not
 * rendered at all without JavaScript, where the plain share links do the job.
 */
import { shareLabel, shareStory } from "./share-sheet";

for (const root of document.querySelectorAll<HTMLElement>("[data-share]")) {
  const button = root.querySelector("button");
  const label = root.querySelector("[data-label]");
  const status = root.querySelector('[role="status"]');
  const { shareUrl: url, shareTitle: title } = root.dataset;
  if (!button || !label || !status || !url || title === undefined) continue;
  label.textContent = shareLabel(navigator);
  button.addEventListener("click", async () => {
    status.textContent = await shareStory(navigator, { url, title });
  });
  root.removeAttribute("data-pending");
}

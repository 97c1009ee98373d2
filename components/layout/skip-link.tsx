/** The first thing a keyboard reaches: straight to the story, past the navigation. */
export function SkipLink({ targetId }: { targetId: string }) {
  return (
    <a
      href={`#${targetId}`}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-paper focus:px-4 focus:py-3 focus:text-ink focus:underline"
    >
      Skip to main content
    </a>
  );
}

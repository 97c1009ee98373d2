/** One problem in one content module, named the way an editor looks for it: file, then field. */
export type ContentIssue = {
  file: string;
  field: string;
  message: string;
};

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}

/** Thrown when content fails validation, so `next build` stops with every problem listed. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];

  constructor(issues: readonly ContentIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`Content is invalid (${count}):\n${issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n")}`);
    this.name = "ContentError";
    this.issues = issues;
  }
}

export function SourceLine({ source }: { source: string }) {
  return <p className="mt-8 text-sm font-semibold text-muted">Source: {source}</p>;
}

import { notFoundResponse } from "@/app/_http/responses";
import { articleCard } from "@/app/_share/article-card";
import { previewedArticle } from "../preview-params";

/** The share card a previewed story will have, behind the same signature as its preview. */
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/preview/[slug]/[expires]/[signature]/card.jpg">) {
  const found = await previewedArticle(params);
  const card = found && (await articleCard(found.article));
  if (!card) return notFoundResponse();
  return new Response(new Uint8Array(card), { headers: { "Content-Type": "image/jpeg", "Content-Length": String(card.length), "Cache-Control": "private, no-store" } });
}

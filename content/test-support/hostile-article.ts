import type { Article } from "../schema";
import { testArticle } from "./fixtures";

/** Text that breaks naive HTML, XML, JSON-in-script and URL handling, all at once. */
export const HOSTILE = {
  headline: `Breaking: </script><script>alert("x")</script> & "quotes" 'too' — 🚀 مرحبا بالعالم <!-- ]]>`,
  standfirst: `A standfirst with </SCRIPT> & <b>markup</b>, \u2028 a line separator and \u202Eright-to-left override`,
  paragraph: `Body text with <img src=x onerror=alert(1)> & ]]> and “curly quotes”.`,
  tag: `R&amp;D & <Things>`,
};

export function hostileArticle(): Article {
  const base = testArticle("hostile-story", "2024-03-02T09:00:00+00:00", "world", []);
  return {
    ...base,
    headline: HOSTILE.headline,
    standfirst: HOSTILE.standfirst,
    tags: [{ name: HOSTILE.tag, slug: "tags-things" }],
    byline: { authors: [], agency: `Agence "A" & <B>` },
    source: `Source & <Co>`,
    image: { ...base.image, alt: `Alt with "quotes" & <tags>`, caption: `Caption </figcaption> & co`, credit: `AP & <AFP>` },
    body: [{ type: "paragraph", text: HOSTILE.paragraph }, { type: "quote", text: `"Quoted" </blockquote>`, attribution: `Speaker & co` }],
  };
}

import { siteLanguageIn } from "@/components/article/in-site-language";

/** "How we reported this": who reported the story, where, and how it was checked. */
export function Backstory({ text, story }: { text: string; story: string }) {
  return (
    <section aria-labelledby="how-we-reported-this" className="mt-8 border-t border-rule pt-4">
      <h2 id="how-we-reported-this" className="font-serif text-xl font-bold" {...siteLanguageIn(story)}>
        How we reported this
      </h2>
      <p className="mt-2 font-serif text-lg leading-relaxed">{text}</p>
    </section>
  );
}

import type { Thing, WithContext } from "schema-dts";
import { serializeJsonLd } from "./serialize-json-ld";

/** The only element in the code base that sets inner HTML: its content is escaped JSON, never markup. */
export function JsonLdScript({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}

import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { IconSprite } from "@/components/icons/icon-sprite";
import { IslandScript } from "@/components/islands/island-script";
import { FollowUsBar } from "@/components/layout/follow-us-bar";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { sections } from "@/content/sections";
import { site } from "@/content/site";
import { siteMetadata } from "./_seo/metadata";
// The serif's @font-face rules and the core's preloads (app/fonts.ts); globals.css names the families.
import "./fonts";
import "./globals.css";

const MAIN_ID = "main-content";

export const metadata: Metadata = siteMetadata();

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fdfcf9" },
    { media: "(prefers-color-scheme: dark)", color: "#141414" },
  ],
};

/** Every page's frame: skip link, masthead and sections, the page, the follow-us bar, the footer (and the icons they draw). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.locale}>
      <body className="flex min-h-dvh flex-col">
        <SkipLink targetId={MAIN_ID} />
        <SiteHeader siteName={site.name} sections={sections} />
        <main id={MAIN_ID} tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <FollowUsBar accounts={site.social} />
        <SiteFooter siteName={site.name} description={site.description} />
        <IconSprite />
        {/* Every reader page registers the service worker that keeps what is read for reading offline. */}
        <IslandScript name="offline-reading" />
      </body>
    </html>
  );
}

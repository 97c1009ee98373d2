import { siFacebook, siTelegram, siWhatsapp, siX, siYoutube } from "simple-icons";

/**
 * The icons as drawn, 24×24: Simple Icons where the brand is there; LinkedIn (withdrawn from it), e-mail
 * and share drawn here, and Instagram's camera outline redrawn with arcs (Simple Icons' 2 KB of curves
 * look the same at 20 px). scripts/make-icons.ts rounds them for the page: npm run icons
 */
export const ICON_SOURCES = {
  x: siX.path,
  facebook: siFacebook.path,
  instagram:
    "M7 2h10a5 5 0 0 1 5 5v10a5 5 0 0 1-5 5H7a5 5 0 0 1-5-5V7a5 5 0 0 1 5-5zm0 2a3 3 0 0 0-3 3v10a3 3 0 0 0 3 3h10a3 3 0 0 0 3-3V7a3 3 0 0 0-3-3zm5 3.5a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zm0 2a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5zm5.25-3.25a1.25 1.25 0 1 1 0 2.5 1.25 1.25 0 0 1 0-2.5z",
  youtube: siYoutube.path,
  telegram: siTelegram.path,
  whatsapp: siWhatsapp.path,
  linkedin:
    "M3.5 3h17A.5.5 0 0 1 21 3.5v17a.5.5 0 0 1-.5.5h-17a.5.5 0 0 1-.5-.5v-17A.5.5 0 0 1 3.5 3zM6 9.5V18h2.7V9.5zm1.35-4.2a1.55 1.55 0 1 0 0 3.1 1.55 1.55 0 0 0 0-3.1zM10.3 9.5V18H13v-4.4c0-1.2.4-2.2 1.7-2.2 1.2 0 1.4 1 1.4 2.2V18h2.7v-4.9c0-2.4-.6-3.8-3.3-3.8-1.3 0-2.2.7-2.5 1.3V9.5z",
  email:
    "M2 5.5A1.5 1.5 0 0 1 3.5 4h17A1.5 1.5 0 0 1 22 5.5v13a1.5 1.5 0 0 1-1.5 1.5h-17A1.5 1.5 0 0 1 2 18.5zm2 1.3v.2l8 5.3 8-5.3v-.2zm16 2.6-8 5.3-8-5.3V18h16z",
  share:
    "M18 16.1c-.8 0-1.5.3-2 .8l-7.1-4.2c.1-.2.1-.5.1-.7s0-.5-.1-.7L16 7.2c.5.5 1.2.8 2 .8 1.7 0 3-1.3 3-3s-1.3-3-3-3-3 1.3-3 3c0 .2 0 .5.1.7L8 9.8C7.5 9.3 6.8 9 6 9c-1.7 0-3 1.3-3 3s1.3 3 3 3c.8 0 1.5-.3 2-.8l7.1 4.2c-.1.2-.1.4-.1.6 0 1.6 1.3 2.9 2.9 2.9s2.9-1.3 2.9-2.9-1.2-2.9-2.8-2.9z",
} as const;


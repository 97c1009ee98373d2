/** The publisher's logo for structured data (made by scripts/make-brand-images.ts). */
export const BRAND_LOGO = { path: "/brand/logo.png", width: 512, height: 512 } as const;

// fontverter ships JavaScript without declarations; this is the part scripts/make-fonts.ts uses.
declare module "fontverter" {
  const fontverter: {
    convert(font: Uint8Array, toFormat: "truetype" | "woff" | "woff2" | "sfnt", fromFormat?: string): Promise<Buffer>;
  };
  export default fontverter;
}

/**
 * Where the newsroom's published standards are (content/pages/), by the schema.org property of
 * NewsMediaOrganization that points at each: the publisher's JSON-LD carries them all, every story's
 * `publishingPrinciples`. A unit test checks that every page and part named here exists.
 */
import { standardsPagePath } from "./urls";

/** A page of content/pages/ by slug, and a part of it by id. */
const at = (page: string, part?: string) => `${standardsPagePath(page)}${part ? `#${part}` : ""}`;

export const STANDARDS_LINKS = {
  publishingPrinciples: at("standards"),
  ethicsPolicy: at("standards", "ethics"),
  verificationFactCheckingPolicy: at("standards", "verification"),
  unnamedSourcesPolicy: at("standards", "unnamed-sources"),
  correctionsPolicy: at("standards", "corrections"),
  actionableFeedbackPolicy: at("standards", "complaints"),
  ownershipFundingInfo: at("ownership"),
  masthead: at("masthead"),
  contact: at("contact"),
  about: at("about"),
} as const;

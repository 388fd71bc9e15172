/**
 * Generic vocabulary of posts, titles and organisations as news copy names them.
 * A role phrase ends in a head word ("Minister", "President", "chairman") and may be
 * preceded by modifiers ("deputy", "foreign", a demonym, an organisation).
 */

/**
 * Well-known acronyms that are organisations or groupings (never people or places).
 * Any other all-caps word of 2–6 letters is also read as an organisation.
 */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  "UN",
  "UNSC",
  "UNGA",
  "G20",
  "G7",
  "G8",
  "BRICS",
  "SCO",
  "ASEAN",
  "SAARC",
  "BIMSTEC",
  "NATO",
  "EU",
  "AU",
  "WTO",
  "WHO",
  "IMF",
  "IAEA",
  "MEA",
  "ISRO",
  "NASA",
  "DRDO",
  "RBI",
  "OPEC",
  "APEC",
  "OECD",
  "UNESCO",
  "UNICEF",
  "UNHRC",
  "ICJ",
  "IMO",
  "NSG",
  "FATF",
  "MTCR",
  "IPCC",
  "COP",
  "BJP",
  "NITI",
  "IOC",
]);

/**
 * Generic vocabulary of posts, titles and organisations as news copy names them.
 * A role phrase ends in a head word ("Minister", "President", "chairman") and may be
 * preceded by modifiers ("deputy", "foreign", a demonym, an organisation).
 */

/** Head words of a post: the last word of "Russian Foreign Minister", "ISRO chairman". */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  [
    "minister", "president", "vice-president", "secretary", "leader", "chairman", "chairperson", "chair",
    "chief", "governor", "ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "director",
    "director-general", "commissioner", "chancellor", "premier", "king", "queen", "prince", "emperor",
    "mayor", "general", "admiral", "marshal", "commander", "head", "speaker", "judge", "justice",
    "officer", "adviser", "advisor", "ceo", "founder", "scientist", "administrator", "deputy",
    "counsellor", "counselor", "representative", "coordinator", "undersecretary", "under-secretary",
    "sherpa", "consul", "consul-general", "secretary-general", "director-general", "attorney-general", "solicitor-general", "inspector-general", "lieutenant", "brigadier", "commodore", "colonel", "major", "vice-admiral", "vice-chancellor", "diplomat", "senator", "chairwoman", "governor-general",
    "ministers", "captain", "coach", "astronaut", "cosmonaut", "professor", "economist", "ruler",
  ],
);

/** Words that may precede a head inside a role phrase (lower-cased). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  "deputy", "vice", "foreign", "external", "affairs", "home", "defence", "defense", "finance", "prime",
  "chief", "general", "national", "security", "junior", "senior", "state", "union", "cabinet", "former",
  "acting", "interim", "permanent", "special", "principal", "joint", "additional", "assistant", "executive",
  "managing", "trade", "commerce", "external", "education", "health", "agriculture", "energy", "petroleum",
  "railways", "railway", "science", "technology", "space", "environment", "labour", "party", "opposition",
  "army", "navy", "air", "force", "staff", "of", "and", "high", "minister", "federal", "supreme", "first",
  "lady", "crown", "parliamentary", "election", "chief-election", "central", "bank", "reserve", "mission",
  "project", "programme", "program", "group", "team", "commission", "council", "ministry", "department",
  "development", "economic", "affairs,", "(west)", "(east)", "(south)", "(north)", "in", "the",
]);

/** Honorifics that may open a name ("Dr", "Mr") and are not part of the role. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Shri", "Smt", "Smt.", "Sir", "Dame", "Lt", "Gen", "Col",
]);

/**
 * Head words of organisation names: "Green Party", "Security Council",
 * "Ministry of External Affairs", "Space Research Organisation".
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  "council", "organisation", "organization", "ministry", "agency", "bank", "party", "union", "association",
  "forum", "group", "commission", "committee", "corporation", "company", "institute", "university", "authority",
  "board", "fund", "court", "parliament", "assembly", "congress", "senate", "nations", "alliance", "federation",
  "department", "office", "secretariat", "bureau", "force", "army", "navy", "service", "centre", "center",
  "community", "cooperation", "partnership", "league", "treaty", "academy", "trust", "foundation",
  // groupings and their programmes: "X Security Dialogue", "X Fellowship", "X Leaders' Summit".
  "dialogue", "grouping", "bloc", "initiative", "fellowship", "summit",
]);

/**
 * Well-known acronyms that are organisations or groupings (never people or places).
 * Any other all-caps word of 2–6 letters is also read as an organisation.
 */
export const KNOWN_ORGS: ReadonlySet<string> = new Set([
  "UN", "UNSC", "UNGA", "G20", "G7", "G8", "BRICS", "SCO", "ASEAN", "SAARC", "BIMSTEC", "NATO",
  "EU", "AU", "WTO", "WHO", "IMF", "IAEA", "MEA", "ISRO", "NASA", "DRDO", "RBI", "OPEC", "APEC", "OECD",
  "UNESCO", "UNICEF", "UNHRC", "ICJ", "IMO", "NSG", "FATF", "MTCR", "IPCC", "COP", "BJP", "NITI", "IOC",
]);

/** Words of a role that are not worth testing on their own. */
export const WEAK_ROLE_WORDS: ReadonlySet<string> = new Set(["counterpart", "official", "officials", "spokesperson"]);

/** Occupations news copy puts before a name ("Malayalam poet G. Sankara Kurup", "Actor X"). */
export const OCCUPATIONS: readonly string[] = [
  "poet", "lyricist", "writer", "author", "novelist", "scholar", "actor", "actress", "singer", "musician", "composer",
  "filmmaker", "scientist", "economist", "journalist", "historian", "activist", "athlete", "cricketer", "shooter",
  "wrestler", "boxer", "grandmaster", "artist", "painter", "dancer", "playwright", "philosopher", "industrialist",
  "entrepreneur", "educationist", "environmentalist", "physicist", "chemist", "mathematician", "astronomer",
  "biologist", "engineer", "architect", "sculptor", "footballer", "shuttler", "sprinter", "olympian", "mountaineer",
];

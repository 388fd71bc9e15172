/**
 * Generic vocabularies for typing names: heads of organisation names, geographic heads,
 * heads of named things (schemes, deals, spacecraft…), the nouns news copy puts before a
 * company's name, and world cities. Nothing here comes from a particular article.
 */

/** Last words of organisation names, with the category noun a question uses. */
export const ORG_HEAD_CATEGORY: Record<string, string> = {
  ministry: "ministry", department: "department", bank: "bank", court: "court", agency: "agency", council: "council",
  commission: "commission", committee: "committee", fund: "organisation", organisation: "organisation", organization: "organisation",
  party: "party", parliament: "body", assembly: "body", congress: "body", senate: "body", union: "organisation",
  association: "association", federation: "organisation", institute: "institute", university: "university", authority: "authority",
  board: "board", corporation: "company", company: "company", group: "group", inc: "company", corp: "company", ltd: "company",
  limited: "company", holdings: "company", service: "agency", services: "agency", office: "office", bureau: "agency",
  community: "organisation", alliance: "alliance", forum: "forum", foundation: "foundation", academy: "body", secretariat: "body",
  nations: "organisation", army: "force", navy: "force", force: "force", forces: "force", regulator: "regulator", exchange: "exchange",
  centre: "organisation", center: "organisation", cooperation: "organisation", league: "organisation", tribunal: "court",
  administration: "agency", reserve: "central bank", institution: "institution", network: "organisation", trust: "trust",
  laboratory: "laboratory", laboratories: "company", motors: "company", airlines: "company", airways: "company", energy: "company",
  pharmaceuticals: "company", technologies: "company", systems: "company", industries: "company", partners: "company", capital: "firm",
  economics: "firm", research: "organisation", unit: "unit", coalition: "coalition", government: "government",
  confederation: "organisation", investors: "firm", house: "chamber", diet: "chamber", chamber: "chamber", lok: "chamber", sabha: "chamber",
};

/** Lower-case nouns that name what the next capitalised name is: "drugmaker Novo Nordisk". */
export const ORG_CUES: Record<string, string> = {
  company: "company", firm: "company", drugmaker: "drugmaker", startup: "startup", giant: "company", maker: "company",
  carrier: "airline", airline: "airline", lender: "lender", tracker: "firm", conglomerate: "conglomerate", insurer: "insurer",
  party: "party", agency: "agency", regulator: "regulator", utility: "utility", operator: "company", developer: "company",
  chipmaker: "chipmaker", automaker: "carmaker", carmaker: "carmaker", manufacturer: "manufacturer", retailer: "retailer",
  broker: "brokerage", brokerage: "brokerage", consultancy: "consultancy", group: "group", bank: "bank", exchange: "exchange",
  platform: "platform", marketplace: "marketplace", outlet: "outlet", newspaper: "newspaper", broadcaster: "broadcaster",
  miner: "miner", refiner: "refiner", producer: "producer", supplier: "supplier", distributor: "company", e: "company",
  "tank": "think tank", watchdog: "watchdog", ministry: "ministry", court: "court", militia: "group", rebels: "group",
};

/** Heads of named things that are neither organisations nor places. */
export const THING_HEADS: ReadonlySet<string> = new Set([
  "program", "programme", "project", "pipeline", "initiative", "mission", "scheme", "summit", "deal", "act", "treaty", "accord",
  "agreement", "platform", "index", "survey", "policy", "rules", "law", "bill", "rocket", "spacecraft", "satellite", "capsule",
  "model", "system", "corridor", "plant", "reactor", "exercise", "conference", "strategy", "principle", "package", "budget",
  "framework", "convention", "protocol", "award", "prize", "telescope", "probe", "rover", "lander", "vaccine", "drug", "app",
  "network", "declaration", "charter", "resolution", "plan", "yojana", "abhiyan", "festival", "games", "cup", "championship",
  "election", "elections", "war", "crisis", "report", "code", "regulations", "amendment", "ordinance", "standard", "station",
  "dam", "canal", "bridge", "highway", "railway", "line", "port", "airport", "terminal", "facility", "zone", "park", "reserve",
  "sanctuary", "stadium", "ceasefire", "truce", "talks", "dialogue", "partnership", "fellowship", "tournament", "series", "census",
]);

/** Heads of place names. */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  "strait", "sea", "ocean", "gulf", "bay", "oblast", "province", "region", "state", "island", "islands", "river", "lake",
  "mountains", "peninsula", "valley", "desert", "coast", "basin", "plateau", "district", "county", "city", "territory", "delta",
  "channel", "pass", "glacier", "archipelago", "krai", "prefecture", "emirate", "governorate", "canton",
]);

/** Capital cities and large cities of the world: places, and place distractors of last resort. */
export const WORLD_CITIES: readonly string[] = [
  "New Delhi", "Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Hyderabad", "Ahmedabad", "Pune", "Beijing", "Shanghai",
  "Hong Kong", "Taipei", "Tokyo", "Osaka", "Seoul", "Pyongyang", "Moscow", "St Petersburg", "Kyiv", "Kursk", "Minsk", "Warsaw",
  "Berlin", "Paris", "London", "Brussels", "Geneva", "Vienna", "Rome", "Madrid", "Lisbon", "Budapest", "Prague", "Athens",
  "Ankara", "Istanbul", "Tehran", "Baghdad", "Riyadh", "Jeddah", "Doha", "Dubai", "Abu Dhabi", "Muscat", "Kuwait City",
  "Tel Aviv", "Jerusalem", "Cairo", "Nairobi", "Addis Ababa", "Lagos", "Johannesburg", "Cape Town", "Pretoria", "Kinshasa",
  "Washington", "New York", "Los Angeles", "Chicago", "Houston", "San Francisco", "Ottawa", "Toronto", "Mexico City",
  "Brasilia", "Sao Paulo", "Rio de Janeiro", "Buenos Aires", "Santiago", "Lima", "Bogota", "Canberra", "Sydney", "Melbourne",
  "Wellington", "Jakarta", "Kuala Lumpur", "Singapore", "Bangkok", "Hanoi", "Manila", "Dhaka", "Kathmandu", "Colombo",
  "Islamabad", "Karachi", "Kabul", "Astana", "Tashkent", "Baku", "Tbilisi", "Yerevan", "Kazan", "Vladivostok", "Davos",
  "Brussels", "The Hague", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Dublin", "Amsterdam", "Zurich", "Frankfurt",
];

/** International bodies and central banks: organisation distractors of last resort. */
export const WORLD_ORGANISATIONS: Record<string, readonly string[]> = {
  "central bank": ["Reserve Bank of India", "Bank of Japan", "European Central Bank", "Federal Reserve", "Bank of England", "People's Bank of China", "Swiss National Bank", "Bank of Canada"],
  bank: ["World Bank", "Asian Development Bank", "New Development Bank", "Asian Infrastructure Investment Bank", "European Investment Bank", "African Development Bank"],
  organisation: ["International Monetary Fund", "World Health Organization", "World Trade Organization", "International Energy Agency", "International Atomic Energy Agency", "United Nations", "World Bank", "OPEC", "International Labour Organization", "UNESCO", "Food and Agriculture Organization"],
  agency: ["International Energy Agency", "International Atomic Energy Agency", "European Space Agency", "NASA", "Indian Space Research Organisation", "US Environmental Protection Agency"],
  court: ["International Court of Justice", "International Criminal Court", "European Court of Justice", "Supreme Court of India", "U.S. Supreme Court"],
  council: ["U.N. Security Council", "European Council", "Gulf Cooperation Council", "Arctic Council", "U.N. Human Rights Council"],
  commission: ["European Commission", "Election Commission", "Securities and Exchange Commission", "Finance Commission"],
  ministry: ["Ministry of Finance", "Ministry of External Affairs", "Ministry of Commerce and Industry", "Ministry of Defence", "Ministry of Home Affairs"],
};

/** Post words that open a person's name and are not part of it: "President", "Foreign Secretary". */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "secretary", "foreign", "defence", "defense", "finance", "home", "chief", "executive",
  "governor", "director", "general", "director-general", "chairman", "chairwoman", "chairperson", "chair", "leader", "supreme",
  "king", "queen", "prince", "princess", "crown", "emperor", "chancellor", "premier", "mayor", "senator", "sen.", "rep.", "representative",
  "ambassador", "envoy", "commissioner", "commander", "admiral", "marshal", "lieutenant", "colonel", "captain", "judge", "justice",
  "speaker", "spokesperson", "spokesman", "spokeswoman", "ceo", "cfo", "coo", "founder", "co-founder", "head", "deputy", "state",
  "union", "external", "affairs", "trade", "commerce", "energy", "health", "interior", "economy", "industry", "attorney", "solicitor",
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "ayatollah", "sheikh", "pope", "cardinal", "archbishop",
  "administrator", "astronaut", "commissioner", "officer", "secretary-general", "vice-president", "first", "lady", "opposition",
  "national", "security", "adviser", "advisor", "principal", "managing", "senior", "junior", "acting", "interim", "former", "then",
]);

/** Title words that can end a post ("Minister", "Governor"), so a name may follow. */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  "president", "minister", "secretary", "governor", "director", "general", "director-general", "chairman", "chairwoman", "chairperson",
  "chair", "leader", "king", "queen", "prince", "princess", "emperor", "chancellor", "premier", "mayor", "senator", "sen.", "rep.",
  "representative", "ambassador", "envoy", "commissioner", "commander", "admiral", "marshal", "lieutenant", "colonel", "captain",
  "judge", "justice", "speaker", "spokesperson", "spokesman", "spokeswoman", "ceo", "cfo", "coo", "founder", "co-founder", "head",
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "ayatollah", "sheikh", "pope", "cardinal",
  "archbishop", "administrator", "astronaut", "officer", "secretary-general", "vice-president", "lady", "adviser", "advisor", "economist",
]);

/** Acronyms that are words of the trade (indicators, posts, technologies), not names of organisations. */
export const TERM_ACRONYMS: ReadonlySet<string> = new Set([
  "GDP", "GNP", "GVA", "GNI", "CPI", "WPI", "PMI", "IIP", "GST", "VAT", "FDI", "FPI", "IPO", "IPOs", "EV", "EVs", "AI", "AGI", "LLM", "LLMs", "CEO", "CEOs", "CFO", "CTO", "COO",
  "MD", "MP", "MPs", "MLA", "MLAs", "LPG", "LNG", "CNG", "OTT", "IT", "ESG", "GHG", "PPP", "YoY", "QoQ", "FY", "DNA", "RNA", "HIV", "AIDS", "GPS", "SUV", "SUVs", "API", "APIs",
  "UAV", "UAVs", "R&D", "PC", "PCs", "TV", "OK", "AM", "PM", "ET", "GMT", "UTC", "IST", "PT", "EST", "EDT", "PST", "PDT", "US$", "NRI", "NRIs", "SME", "SMEs", "MSME", "MSMEs", "B2B", "B2C",
]);

/** News outlets, wires and data providers: the source of a report, never its fact. */
export const NEWS_SOURCES: ReadonlySet<string> = new Set([
  "Reuters", "Bloomberg", "Associated Press", "AP", "AFP", "Agence France-Presse", "PTI", "Press Trust of India", "ANI", "IANS", "Xinhua", "TASS", "RIA Novosti",
  "Kyodo", "Yonhap", "CNBC", "CNN", "BBC", "Al Jazeera", "Financial Times", "FT", "The Financial Times", "Wall Street Journal", "The Wall Street Journal", "New York Times",
  "The New York Times", "Washington Post", "The Washington Post", "The Guardian", "Guardian", "The Economist", "Economist", "Nikkei", "Nikkei Asia", "Mainichi Shimbun",
  "Asahi Shimbun", "Yomiuri Shimbun", "South China Morning Post", "The Hindu", "Hindustan Times", "Times of India", "The Times of India", "Indian Express",
  "The Indian Express", "Economic Times", "The Economic Times", "Mint", "LiveMint", "Business Standard", "Moneycontrol", "TechCrunch", "The Verge", "Wired",
  "Axios", "Politico", "Semafor", "The Information", "Forbes", "Fortune", "Insider", "Business Insider", "Fox News", "NBC", "NBC News", "ABC", "CBS", "MSNBC",
  "Sky News", "Deutsche Welle", "DW", "Le Monde", "Der Spiegel", "Haaretz", "Dawn", "Kpler", "Vortexa", "LSEG", "Refinitiv", "FactSet", "PitchBook", "Crunchbase",
  "S&P Global", "Moody's", "Fitch", "Counterpoint", "IDC", "Gartner", "Statista", "CNBC-TV18", "NDTV", "Inside India",
]);

/** Large economies: country distractors of last resort, plausible in any story. */
export const MAJOR_COUNTRIES: readonly string[] = [
  "India", "China", "U.S.", "Japan", "Germany", "U.K.", "France", "Italy", "Canada", "Brazil", "Russia", "South Korea", "Australia", "Mexico", "Indonesia",
  "Saudi Arabia", "Turkey", "Argentina", "South Africa", "Iran", "Israel", "Ukraine", "Pakistan", "Bangladesh", "Vietnam", "Thailand", "Egypt", "Nigeria",
  "Spain", "Netherlands", "Poland", "Sweden", "Norway", "Switzerland", "UAE", "Qatar", "Singapore", "Malaysia", "Philippines", "Sri Lanka", "Nepal",
];

/** Capitalised words that everybody knows: never the answer to a question about an article. */
export const COMMON_NAMES: ReadonlySet<string> = new Set([
  "Moon", "Earth", "Sun", "Mars", "Venus", "Jupiter", "Europe", "Asia", "Africa", "America", "Americas", "Antarctica", "Arctic", "Middle East", "West", "East", "North", "South",
  "Independence", "Internet", "God", "Christmas", "Diwali", "Eid", "Ramadan", "English", "Hindi", "Christian", "Muslim", "Hindu", "Buddhist", "Pacific Time", "Eastern Time",
  "Central Time", "Mountain Time", "Greenwich Mean Time", "Coordinated Universal Time", "Pacific Standard Time", "Eastern Standard Time", "Indian Standard Time",
]);

/**
 * Generic geographic vocabulary: countries with their common short forms and
 * demonyms, plus a fallback list of world cities used only when a corpus is
 * too small to supply place distractors. Nothing here comes from a particular
 * article; it is the kind of list any gazetteer holds.
 */

/** Country name → demonym (adjective). Short forms map to the same country below. */
const COUNTRY_DEMONYMS: Record<string, string> = {
  Afghanistan: "Afghan",
  Argentina: "Argentine",
  Australia: "Australian",
  Austria: "Austrian",
  Bangladesh: "Bangladeshi",
  Belarus: "Belarusian",
  Belgium: "Belgian",
  Bhutan: "Bhutanese",
  Brazil: "Brazilian",
  Canada: "Canadian",
  Chile: "Chilean",
  China: "Chinese",
  Colombia: "Colombian",
  Cuba: "Cuban",
  Denmark: "Danish",
  Egypt: "Egyptian",
  Ethiopia: "Ethiopian",
  Finland: "Finnish",
  France: "French",
  Germany: "German",
  Greece: "Greek",
  Hungary: "Hungarian",
  India: "Indian",
  Indonesia: "Indonesian",
  Iran: "Iranian",
  Iraq: "Iraqi",
  Ireland: "Irish",
  Israel: "Israeli",
  Italy: "Italian",
  Japan: "Japanese",
  Kazakhstan: "Kazakh",
  Kenya: "Kenyan",
  Malaysia: "Malaysian",
  Maldives: "Maldivian",
  Mauritius: "Mauritian",
  Mexico: "Mexican",
  Mongolia: "Mongolian",
  Myanmar: "Myanmarese",
  Nepal: "Nepalese",
  Netherlands: "Dutch",
  Nigeria: "Nigerian",
  Norway: "Norwegian",
  Oman: "Omani",
  Pakistan: "Pakistani",
  Peru: "Peruvian",
  Philippines: "Filipino",
  Poland: "Polish",
  Portugal: "Portuguese",
  Qatar: "Qatari",
  Russia: "Russian",
  "Saudi Arabia": "Saudi",
  Singapore: "Singaporean",
  "South Africa": "South African",
  "South Korea": "South Korean",
  "North Korea": "North Korean",
  Spain: "Spanish",
  "Sri Lanka": "Sri Lankan",
  Sweden: "Swedish",
  Switzerland: "Swiss",
  Syria: "Syrian",
  Tajikistan: "Tajik",
  Thailand: "Thai",
  Turkey: "Turkish",
  Türkiye: "Turkish",
  Ukraine: "Ukrainian",
  "United Arab Emirates": "Emirati",
  "United Kingdom": "British",
  "United States": "American",
  Uzbekistan: "Uzbek",
  Vietnam: "Vietnamese",
  "New Zealand": "New Zealand",
  Venezuela: "Venezuelan",
  Armenia: "Armenian",
  Azerbaijan: "Azerbaijani",
  Georgia: "Georgian",
  Ghana: "Ghanaian",
  Tanzania: "Tanzanian",
  Uganda: "Ugandan",
  Morocco: "Moroccan",
  Algeria: "Algerian",
  Libya: "Libyan",
  Sudan: "Sudanese",
  Jordan: "Jordanian",
  Lebanon: "Lebanese",
  Kuwait: "Kuwaiti",
  Bahrain: "Bahraini",
  Yemen: "Yemeni",
  Cambodia: "Cambodian",
  Laos: "Lao",
  "Czech Republic": "Czech",
  Romania: "Romanian",
  Serbia: "Serbian",
  Croatia: "Croatian",
  Estonia: "Estonian",
  Latvia: "Latvian",
  Lithuania: "Lithuanian",
  Slovakia: "Slovak",
  Bolivia: "Bolivian",
  Ecuador: "Ecuadorian",
  Paraguay: "Paraguayan",
  Uruguay: "Uruguayan",
  Mozambique: "Mozambican",
  Zimbabwe: "Zimbabwean",
  Zambia: "Zambian",
  Senegal: "Senegalese",
  Seychelles: "Seychellois",
  Fiji: "Fijian",
  Panama: "Panamanian",
  Somalia: "Somali",
  "Costa Rica": "Costa Rican",
  Guatemala: "Guatemalan",
  Honduras: "Honduran",
  Jamaica: "Jamaican",
  Haiti: "Haitian",
  Guyana: "Guyanese",
  Rwanda: "Rwandan",
  Burundi: "Burundian",
  Congo: "Congolese",
  Cameroon: "Cameroonian",
  Angola: "Angolan",
  Namibia: "Namibian",
  Botswana: "Botswanan",
  Malawi: "Malawian",
  Madagascar: "Malagasy",
  Mali: "Malian",
  Niger: "Nigerien",
  Chad: "Chadian",
  Tunisia: "Tunisian",
  Eritrea: "Eritrean",
  Djibouti: "Djiboutian",
  "Sierra Leone": "Sierra Leonean",
  Liberia: "Liberian",
  Gabon: "Gabonese",
  Slovenia: "Slovenian",
  Bulgaria: "Bulgarian",
  Albania: "Albanian",
  Moldova: "Moldovan",
  Cyprus: "Cypriot",
  Malta: "Maltese",
  Luxembourg: "Luxembourgish",
  Iceland: "Icelandic",
  "Papua New Guinea": "Papua New Guinean",
  "Timor-Leste": "Timorese",
  Palestine: "Palestinian",
  Kyrgyzstan: "Kyrgyz",
  Turkmenistan: "Turkmen",
  Brunei: "Bruneian",
};

/** Short or alternative forms of country names, as news copy writes them. */
const COUNTRY_ALIASES: Record<string, string> = {
  US: "United States",
  USA: "United States",
  "U.S.": "United States",
  America: "United States",
  UK: "United Kingdom",
  "U.K.": "United Kingdom",
  Britain: "United Kingdom",
  "Great Britain": "United Kingdom",
  UAE: "United Arab Emirates",
  DRC: "Congo",
  "DR Congo": "Congo",
  "Democratic Republic of Congo": "Congo",
  "Democratic Republic of the Congo": "Congo",
  "Russian Federation": "Russia",
  "People's Republic of China": "China",
  "Republic of Korea": "South Korea",
  Korea: "South Korea",
  Holland: "Netherlands",
  Burma: "Myanmar",
};

/** Canonical country names. */
export const COUNTRIES: readonly string[] = Object.keys(COUNTRY_DEMONYMS);

const demonymToCountry = new Map<string, string>();
for (const [country, demonym] of Object.entries(COUNTRY_DEMONYMS)) demonymToCountry.set(demonym, country);
demonymToCountry.set("British", "United Kingdom");
demonymToCountry.set("American", "United States");
demonymToCountry.set("Emirati", "United Arab Emirates");
demonymToCountry.set("Nepali", "Nepal");

const countryForms = new Map<string, string>();
for (const c of COUNTRIES) countryForms.set(c, c);
for (const [alias, c] of Object.entries(COUNTRY_ALIASES)) countryForms.set(alias, c);

/** The canonical country for a name or short form ("UK" → "United Kingdom"), or undefined. */
export function countryOf(name: string): string | undefined {
  const bare = name.replace(/^the\s+/i, "").trim();
  return countryForms.get(bare);
}

/** One key for a country in any of its forms: "U.S." and "American" → "United States"; an unknown name as it is. */
export function canonicalCountry(name: string): string {
  return countryOf(name) ?? countryOfDemonym(name) ?? name;
}

/** The country a demonym names ("Russian" → "Russia"), or undefined. */
export function countryOfDemonym(word: string): string | undefined {
  return demonymToCountry.get(word);
}

/** Continents and large regions: places, never countries. */
/** Places named by two words joined with "and": one name, not two places ("Jammu and Kashmir"). */
export const PAIRED_PLACES: readonly string[] = [
  "Jammu and Kashmir",
  "Trinidad and Tobago",
  "Bosnia and Herzegovina",
  "Antigua and Barbuda",
  "Saint Kitts and Nevis",
  "Sao Tome and Principe",
  "Turks and Caicos",
  "Andaman and Nicobar",
  "Dadra and Nagar Haveli",
  "Daman and Diu",
  "Wallis and Futuna",
];

export const REGIONS: readonly string[] = [
  "Africa",
  "Asia",
  "Europe",
  "South America",
  "North America",
  "Latin America",
  "Oceania",
  "Antarctica",
  "Middle East",
  "West Asia",
  "Central Asia",
  "South Asia",
  "Southeast Asia",
  "East Asia",
  "Indo-Pacific",
  "Arctic",
  "Eurasia",
  "Gulf",
  "Arabian Sea",
  "Bay of Bengal",
  "Indian Ocean",
  "Pacific Ocean",
  "Atlantic Ocean",
  "South China Sea",
  "Red Sea",
  "Black Sea",
  "Mediterranean",
  "Caspian Sea",
  "Himalayas",
];

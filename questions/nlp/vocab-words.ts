/**
 * Small closed word lists: months, weekdays, number words, and the function words
 * that can be capitalised at a sentence start without being part of a name.
 */

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
];

export const WEEKDAYS: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Number words with their values (cardinals). */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};

/** Ordinal words with their values. */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12,
};

/** Capitalised words that never start or continue a proper name. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  "The", "A", "An", "In", "On", "At", "Of", "For", "With", "By", "From", "To", "And", "But", "Or", "As", "If",
  "It", "Its", "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "This", "That", "These", "Those",
  "There", "Here", "However", "Also", "Both", "Earlier", "Later", "Currently", "Meanwhile", "After", "Before",
  "During", "While", "When", "Where", "What", "Who", "Which", "Why", "How", "According", "Discussions", "Read",
  "More", "Many", "Some", "All", "Each", "Every", "Such", "Other", "Another", "Last", "Next", "Yet",
  "Further", "Besides", "Moreover", "Although", "Though", "Since", "Until", "Under", "Over", "Into", "Through",
  "Today", "Tomorrow", "Yesterday", "Now", "Then", "Thus", "So", "Not", "No", "Yes", "Speaking", "Addressing",
  "Calling", "Noting", "Describing", "Separately", "Additionally", "Overall", "Similarly", "Notably", "Currently",
  "Following", "Amid", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve", "Fifteen", "Twenty", "Despite", "Across", "Among", "Between", "Within", "Without", "Once", "Even", "Only",
]);

/** Personal pronouns and vague heads that make a prompt unresolved when they open it. */
export const PRONOUNS: ReadonlySet<string> = new Set([
  "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "that", "these", "those",
]);

/**
 * Small closed word lists: months, weekdays, number words, and the function words
 * that can be capitalised at a sentence start without being part of a name.
 */

export const MONTHS: readonly string[] = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
];

export const WEEKDAYS: readonly string[] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

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


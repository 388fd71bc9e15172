/** The generator's version: bump the minor when questions change, the major when ids change (2.0: answer-first, ids from sentence + answer + type). */
export const GENERATOR_VERSION = "2.25.0";

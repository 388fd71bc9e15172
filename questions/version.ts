/** The generator's version: bump the minor on new extractors, the major on id changes. */
export const GENERATOR_VERSION = "1.2.0";

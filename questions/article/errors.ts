/** An article that cannot be read: the message is meant for a content editor. */
export class ArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArticleError";
  }
}

/** Largest accepted article, in bytes of UTF-8. */
export const MAX_ARTICLE_BYTES = 200 * 1024;

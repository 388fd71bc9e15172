/** Where the review outbox keeps what waits to be sent (localStorage), apart so the layout can check it without loading the outbox. */
export const OUTBOX_STORAGE_KEY = "factdeck.outbox.v1";

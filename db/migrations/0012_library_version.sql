CREATE TABLE `library_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
--> statement-breakpoint
-- library_version (db/schema.ts): one row, changed by every insert, update or delete of a shared
-- article (owner_id null before or after), so a process that kept the shared library knows when to
-- read it again. It starts from a random number, so two databases (a test's, a restored file) do not
-- share a value; an update counts even when it changes nothing (the triggers on questions update
-- articles.live_questions, first_live_*).
INSERT INTO `library_version` (`id`, `version`) VALUES (1, abs(random() % 1000000000000));--> statement-breakpoint
CREATE TRIGGER `articles_library_version_insert` AFTER INSERT ON `articles` WHEN new.owner_id IS NULL BEGIN
  UPDATE library_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_library_version_update` AFTER UPDATE ON `articles` WHEN old.owner_id IS NULL OR new.owner_id IS NULL BEGIN
  UPDATE library_version SET version = version + 1 WHERE id = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_library_version_delete` AFTER DELETE ON `articles` WHEN old.owner_id IS NULL BEGIN
  UPDATE library_version SET version = version + 1 WHERE id = 1;
END;

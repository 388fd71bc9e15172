ALTER TABLE `articles` ADD `first_live_position` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `first_live_id` text;--> statement-breakpoint
CREATE INDEX `articles_owner_first_live_idx` ON `articles` (`owner_id`,`first_live_position`,`first_live_id`) WHERE "articles"."first_live_id" is not null;--> statement-breakpoint
-- articles.first_live_position / first_live_id: the article's first live question in (position, id)
-- order, kept by triggers on questions (db/schema.ts); recomputed from questions_live_idx (one index step).
CREATE TRIGGER `questions_first_live_insert` AFTER INSERT ON `questions` BEGIN
  UPDATE articles SET (first_live_position, first_live_id) = (SELECT q.position, q.id FROM questions q WHERE q.article_id = articles.id AND q.retired_at IS NULL ORDER BY q.position, q.id LIMIT 1) WHERE id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `questions_first_live_delete` AFTER DELETE ON `questions` BEGIN
  UPDATE articles SET (first_live_position, first_live_id) = (SELECT q.position, q.id FROM questions q WHERE q.article_id = articles.id AND q.retired_at IS NULL ORDER BY q.position, q.id LIMIT 1) WHERE id = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `questions_first_live_update` AFTER UPDATE OF article_id, position, retired_at ON `questions` BEGIN
  UPDATE articles SET (first_live_position, first_live_id) = (SELECT q.position, q.id FROM questions q WHERE q.article_id = articles.id AND q.retired_at IS NULL ORDER BY q.position, q.id LIMIT 1) WHERE id IN (old.article_id, new.article_id);
END;
--> statement-breakpoint
UPDATE articles SET (first_live_position, first_live_id) = (SELECT q.position, q.id FROM questions q WHERE q.article_id = articles.id AND q.retired_at IS NULL ORDER BY q.position, q.id LIMIT 1);

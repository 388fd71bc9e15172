CREATE TABLE `review_quarters` (
	`user_id` text NOT NULL,
	`quarter` integer NOT NULL,
	`reviews` integer NOT NULL,
	`due` integer NOT NULL,
	`passed` integer NOT NULL,
	PRIMARY KEY(`user_id`, `quarter`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `live_questions` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Kept by triggers (db/schema.ts reviewQuarters): every writer of reviews keeps the counts exact.
CREATE TRIGGER `reviews_quarters_insert` AFTER INSERT ON `reviews` WHEN new.undone_at IS NULL BEGIN
  INSERT INTO review_quarters (user_id, quarter, reviews, due, passed)
  SELECT new.user_id, new.reviewed_at / 900000, 1, s = 'review', s = 'review' AND new.rating > 1
  FROM (SELECT coalesce(CASE WHEN json_valid(new.before) THEN json_extract(new.before, '$.state') END, '') AS s) WHERE true
  ON CONFLICT (user_id, quarter) DO UPDATE SET reviews = reviews + 1, due = due + excluded.due, passed = passed + excluded.passed;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_quarters_delete` AFTER DELETE ON `reviews` WHEN old.undone_at IS NULL BEGIN
  UPDATE review_quarters SET reviews = reviews - 1, due = due - (s = 'review'), passed = passed - (s = 'review' AND old.rating > 1)
  FROM (SELECT coalesce(CASE WHEN json_valid(old.before) THEN json_extract(old.before, '$.state') END, '') AS s)
  WHERE user_id = old.user_id AND quarter = old.reviewed_at / 900000;
  DELETE FROM review_quarters WHERE user_id = old.user_id AND quarter = old.reviewed_at / 900000 AND reviews <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_quarters_update` AFTER UPDATE OF user_id, reviewed_at, rating, before, undone_at ON `reviews` BEGIN
  UPDATE review_quarters SET reviews = reviews - 1, due = due - (s = 'review'), passed = passed - (s = 'review' AND old.rating > 1)
  FROM (SELECT coalesce(CASE WHEN json_valid(old.before) THEN json_extract(old.before, '$.state') END, '') AS s)
  WHERE old.undone_at IS NULL AND user_id = old.user_id AND quarter = old.reviewed_at / 900000;
  DELETE FROM review_quarters WHERE user_id = old.user_id AND quarter = old.reviewed_at / 900000 AND reviews <= 0;
  INSERT INTO review_quarters (user_id, quarter, reviews, due, passed)
  SELECT new.user_id, new.reviewed_at / 900000, 1, s = 'review', s = 'review' AND new.rating > 1
  FROM (SELECT coalesce(CASE WHEN json_valid(new.before) THEN json_extract(new.before, '$.state') END, '') AS s) WHERE new.undone_at IS NULL
  ON CONFLICT (user_id, quarter) DO UPDATE SET reviews = reviews + 1, due = due + excluded.due, passed = passed + excluded.passed;
END;
--> statement-breakpoint
-- Backfill from the review log.
INSERT INTO review_quarters (user_id, quarter, reviews, due, passed)
SELECT user_id, quarter, count(*), coalesce(sum(s = 'review'), 0), coalesce(sum(s = 'review' AND rating > 1), 0)
FROM (SELECT user_id, reviewed_at / 900000 AS quarter, rating, coalesce(CASE WHEN json_valid(before) THEN json_extract(before, '$.state') END, '') AS s FROM reviews WHERE undone_at IS NULL)
GROUP BY user_id, quarter;
--> statement-breakpoint
-- articles.live_questions, kept by triggers on questions (db/schema.ts).
CREATE TRIGGER `questions_live_insert` AFTER INSERT ON `questions` WHEN new.retired_at IS NULL BEGIN
  UPDATE articles SET live_questions = live_questions + 1 WHERE id = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `questions_live_delete` AFTER DELETE ON `questions` WHEN old.retired_at IS NULL BEGIN
  UPDATE articles SET live_questions = live_questions - 1 WHERE id = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `questions_live_update` AFTER UPDATE OF article_id, retired_at ON `questions` BEGIN
  UPDATE articles SET live_questions = live_questions - 1 WHERE old.retired_at IS NULL AND id = old.article_id;
  UPDATE articles SET live_questions = live_questions + 1 WHERE new.retired_at IS NULL AND id = new.article_id;
END;
--> statement-breakpoint
UPDATE articles SET live_questions = (SELECT count(*) FROM questions q WHERE q.article_id = articles.id AND q.retired_at IS NULL);

CREATE TABLE `learner_articles` (
	`user_id` text NOT NULL,
	`article_id` text NOT NULL,
	`cards` integer NOT NULL,
	PRIMARY KEY(`user_id`, `article_id`),
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- learner_articles: a learner's cards per article, kept by triggers on cards (db/schema.ts). A card
-- deleted with its article (cascade) needs no trigger: the article's rows cascade too.
CREATE TRIGGER `cards_learner_articles_insert` AFTER INSERT ON `cards` BEGIN
  INSERT OR IGNORE INTO learner_articles (user_id, article_id, cards) SELECT new.user_id, q.article_id, 0 FROM questions q WHERE q.id = new.question_id;
  UPDATE learner_articles SET cards = cards + 1 WHERE user_id = new.user_id AND article_id = (SELECT article_id FROM questions WHERE id = new.question_id);
END;
--> statement-breakpoint
CREATE TRIGGER `cards_learner_articles_delete` AFTER DELETE ON `cards` BEGIN
  UPDATE learner_articles SET cards = cards - 1 WHERE user_id = old.user_id AND article_id = (SELECT article_id FROM questions WHERE id = old.question_id);
  DELETE FROM learner_articles WHERE user_id = old.user_id AND article_id = (SELECT article_id FROM questions WHERE id = old.question_id) AND cards <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `cards_learner_articles_update` AFTER UPDATE OF user_id, question_id ON `cards` BEGIN
  UPDATE learner_articles SET cards = cards - 1 WHERE user_id = old.user_id AND article_id = (SELECT article_id FROM questions WHERE id = old.question_id);
  DELETE FROM learner_articles WHERE user_id = old.user_id AND article_id = (SELECT article_id FROM questions WHERE id = old.question_id) AND cards <= 0;
  INSERT OR IGNORE INTO learner_articles (user_id, article_id, cards) SELECT new.user_id, q.article_id, 0 FROM questions q WHERE q.id = new.question_id;
  UPDATE learner_articles SET cards = cards + 1 WHERE user_id = new.user_id AND article_id = (SELECT article_id FROM questions WHERE id = new.question_id);
END;
--> statement-breakpoint
INSERT INTO learner_articles (user_id, article_id, cards)
SELECT c.user_id, q.article_id, count(*) FROM cards c INNER JOIN questions q ON q.id = c.question_id GROUP BY c.user_id, q.article_id;

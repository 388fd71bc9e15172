ALTER TABLE `learner_articles` ADD `live_cards` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `cards_question_idx` ON `cards` (`question_id`);--> statement-breakpoint
-- learner_articles.live_cards: a learner's cards of an article's live questions (db/schema.ts), kept
-- by triggers on cards (replacing those of 0010, which keep `cards` as before) and on questions
-- (retired, revived, moved to another article, deleted). A question's cards are found by cards_question_idx. No
-- INSERT OR IGNORE: the conflict rule of the statement that fires a trigger (an upsert of questions) overrides the trigger's.
DROP TRIGGER `cards_learner_articles_insert`;--> statement-breakpoint
DROP TRIGGER `cards_learner_articles_delete`;--> statement-breakpoint
DROP TRIGGER `cards_learner_articles_update`;--> statement-breakpoint
CREATE TRIGGER `cards_learner_articles_insert` AFTER INSERT ON `cards` BEGIN
  INSERT INTO learner_articles (user_id, article_id, cards, live_cards) SELECT new.user_id, q.article_id, 0, 0 FROM questions q
    WHERE q.id = new.question_id AND NOT EXISTS (SELECT 1 FROM learner_articles la WHERE la.user_id = new.user_id AND la.article_id = q.article_id);
  UPDATE learner_articles SET cards = cards + 1, live_cards = live_cards + q.live
  FROM (SELECT article_id, retired_at IS NULL AS live FROM questions WHERE id = new.question_id) q
  WHERE learner_articles.user_id = new.user_id AND learner_articles.article_id = q.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `cards_learner_articles_delete` AFTER DELETE ON `cards` BEGIN
  UPDATE learner_articles SET cards = cards - 1, live_cards = live_cards - q.live
  FROM (SELECT article_id, retired_at IS NULL AS live FROM questions WHERE id = old.question_id) q
  WHERE learner_articles.user_id = old.user_id AND learner_articles.article_id = q.article_id;
  DELETE FROM learner_articles WHERE user_id = old.user_id AND article_id = (SELECT article_id FROM questions WHERE id = old.question_id) AND cards <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `cards_learner_articles_update` AFTER UPDATE OF user_id, question_id ON `cards` BEGIN
  UPDATE learner_articles SET cards = cards - 1, live_cards = live_cards - q.live
  FROM (SELECT article_id, retired_at IS NULL AS live FROM questions WHERE id = old.question_id) q
  WHERE learner_articles.user_id = old.user_id AND learner_articles.article_id = q.article_id;
  DELETE FROM learner_articles WHERE user_id = old.user_id AND article_id = (SELECT article_id FROM questions WHERE id = old.question_id) AND cards <= 0;
  INSERT INTO learner_articles (user_id, article_id, cards, live_cards) SELECT new.user_id, q.article_id, 0, 0 FROM questions q
    WHERE q.id = new.question_id AND NOT EXISTS (SELECT 1 FROM learner_articles la WHERE la.user_id = new.user_id AND la.article_id = q.article_id);
  UPDATE learner_articles SET cards = cards + 1, live_cards = live_cards + q.live
  FROM (SELECT article_id, retired_at IS NULL AS live FROM questions WHERE id = new.question_id) q
  WHERE learner_articles.user_id = new.user_id AND learner_articles.article_id = q.article_id;
END;
--> statement-breakpoint
-- A question retired, revived or moved: its cards leave the old article as they were counted there, and join the new one as it now is.
CREATE TRIGGER `questions_learner_articles_update` AFTER UPDATE OF article_id, retired_at ON `questions`
WHEN old.article_id IS NOT new.article_id OR (old.retired_at IS NULL) <> (new.retired_at IS NULL) BEGIN
  UPDATE learner_articles SET cards = cards - c.n * (old.article_id IS NOT new.article_id), live_cards = live_cards - c.n * (old.retired_at IS NULL)
  FROM (SELECT user_id, count(*) AS n FROM cards WHERE question_id = new.id GROUP BY user_id) c
  WHERE learner_articles.user_id = c.user_id AND learner_articles.article_id = old.article_id;
  INSERT INTO learner_articles (user_id, article_id, cards, live_cards) SELECT DISTINCT c.user_id, new.article_id, 0, 0 FROM cards c
    WHERE c.question_id = new.id AND NOT EXISTS (SELECT 1 FROM learner_articles la WHERE la.user_id = c.user_id AND la.article_id = new.article_id);
  UPDATE learner_articles SET cards = cards + c.n * (old.article_id IS NOT new.article_id), live_cards = live_cards + c.n * (new.retired_at IS NULL)
  FROM (SELECT user_id, count(*) AS n FROM cards WHERE question_id = new.id GROUP BY user_id) c
  WHERE learner_articles.user_id = c.user_id AND learner_articles.article_id = new.article_id;
  DELETE FROM learner_articles WHERE article_id = old.article_id AND cards <= 0 AND user_id IN (SELECT user_id FROM cards WHERE question_id = new.id);
END;
--> statement-breakpoint
-- A question deleted: its cards go by cascade after the question, when cards_learner_articles_delete no longer finds its article, so they are taken out here.
CREATE TRIGGER `questions_learner_articles_delete` BEFORE DELETE ON `questions` BEGIN
  UPDATE learner_articles SET cards = cards - c.n, live_cards = live_cards - c.n * (old.retired_at IS NULL)
  FROM (SELECT user_id, count(*) AS n FROM cards WHERE question_id = old.id GROUP BY user_id) c
  WHERE learner_articles.user_id = c.user_id AND learner_articles.article_id = old.article_id;
  DELETE FROM learner_articles WHERE article_id = old.article_id AND cards <= 0 AND user_id IN (SELECT user_id FROM cards WHERE question_id = old.id);
END;
--> statement-breakpoint
UPDATE learner_articles SET live_cards = t.n
FROM (SELECT c.user_id, q.article_id, count(*) AS n FROM cards c INNER JOIN questions q ON q.id = c.question_id WHERE q.retired_at IS NULL GROUP BY c.user_id, q.article_id) t
WHERE learner_articles.user_id = t.user_id AND learner_articles.article_id = t.article_id;

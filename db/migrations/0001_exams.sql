CREATE TABLE `exams` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`seed` integer NOT NULL,
	`filter` text NOT NULL,
	`question_ids` text NOT NULL,
	`submitted_at` integer,
	`answers` text,
	`score` real,
	`right` integer,
	`wrong` integer,
	`skipped` integer,
	FOREIGN KEY (`user_id`) REFERENCES `user`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `exams_user_created_idx` ON `exams` (`user_id`,`created_at`);
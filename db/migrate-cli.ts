// `npm run db:migrate`: applies the committed migrations to DATABASE_URL and exits. The server does
// the same at start (db/setup.ts); this is for preparing a database without starting it.
import { dbClient } from "./client";
import { migrateDatabase } from "./migrate";

await migrateDatabase();
dbClient.close();
console.log("Migrations applied.");

-- Extensions the platform's search relies on: trigram similarity for names and typos (pg_trgm), and
-- distance queries for "near a place" (cube + earthdistance). PGlite ships all three; the server loads them.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS cube;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS earthdistance;

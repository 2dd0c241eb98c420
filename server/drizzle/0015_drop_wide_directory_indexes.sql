-- Searches read the search index (directory_search_rows, directory_facet_bits) since migration 0010; nothing reads
-- the services table by facet codes or position any more, and every write paid for these three indexes.
DROP INDEX "directory_services_facets_idx";--> statement-breakpoint
DROP INDEX "directory_services_earth_public_idx";--> statement-breakpoint
DROP INDEX "directory_services_earth_members_idx";
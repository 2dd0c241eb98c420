-- Payloads of Socket.IO broadcasts too large for a NOTIFY (over 8,000 bytes, e.g. an 8 KB message), written by
-- @socket.io/postgres-adapter when several server processes share a PostgreSQL server. The adapter does not create
-- this table itself; it deletes rows older than 30 s. Not part of the Drizzle schema: no application code reads it.
CREATE TABLE IF NOT EXISTS "socket_io_attachments" (
	"id" bigserial UNIQUE,
	"created_at" timestamptz DEFAULT now(),
	"payload" bytea
);

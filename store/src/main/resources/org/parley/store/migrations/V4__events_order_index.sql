-- postgresql only
-- Parley store schema, version 4: an index in the order the HTTP API lists events (date, undated last,
-- then doc_id, sentence_index, event_id), so a page of /api/events on PostgreSQL reads its rows from the
-- index instead of sorting every event: at a million events a page took 250-330 ms without it, about
-- 5 ms with it (docs/BENCHMARKS.md). DuckDB does not use an index for ORDER BY (its indexes serve
-- point look-ups and constraints) and pays for each on every insert, so on DuckDB this version adds
-- nothing.

CREATE INDEX events_order ON events (date, doc_id, sentence_index, event_id);

-- Parley store schema, version 1. Spans are [begin, end) character offsets into articles.body.
-- Each json column holds the record's full contract JSON (org.parley.store.contract), so exports and
-- `parley explain` read exactly what events.jsonl would say; the other columns are for querying.

CREATE TABLE runs (
  run_id            VARCHAR PRIMARY KEY,
  started           TIMESTAMP NOT NULL,
  finished          TIMESTAMP,
  parley_version    VARCHAR NOT NULL,
  corenlp_version   VARCHAR NOT NULL,
  options           JSON NOT NULL,
  dictionary_hashes JSON NOT NULL,
  counts            JSON
);

CREATE TABLE articles (
  id                VARCHAR PRIMARY KEY,
  run_id            VARCHAR NOT NULL,
  source            VARCHAR NOT NULL,
  url               VARCHAR,
  outlet            VARCHAR,
  published         VARCHAR,
  published_precision VARCHAR,
  published_source  VARCHAR NOT NULL,
  language          VARCHAR,
  title             VARCHAR,
  byline            VARCHAR,
  sha256            VARCHAR NOT NULL,
  status            VARCHAR NOT NULL,
  duplicate_of      VARCHAR,
  body              VARCHAR NOT NULL,
  json              JSON NOT NULL
);

CREATE TABLE sentences (
  doc_id            VARCHAR NOT NULL,
  sentence_index    INTEGER NOT NULL,
  text              VARCHAR NOT NULL,
  span_begin        INTEGER NOT NULL,
  span_end          INTEGER NOT NULL,
  PRIMARY KEY (doc_id, sentence_index)
);

CREATE TABLE mentions (
  doc_id            VARCHAR NOT NULL,
  ordinal           INTEGER NOT NULL,
  sentence_index    INTEGER NOT NULL,
  start_token       INTEGER NOT NULL,
  end_token         INTEGER NOT NULL,
  head_token        INTEGER NOT NULL,
  text              VARCHAR NOT NULL,
  span_begin        INTEGER NOT NULL,
  span_end          INTEGER NOT NULL,
  kind              VARCHAR NOT NULL,
  code              VARCHAR,
  country           VARCHAR,
  sectors           VARCHAR[] NOT NULL,
  resolved_by       VARCHAR NOT NULL,
  entry             VARCHAR,
  entries           VARCHAR[] NOT NULL,
  reason            VARCHAR NOT NULL,
  json              JSON NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);

CREATE TABLE events (
  event_id          VARCHAR PRIMARY KEY,
  doc_id            VARCHAR NOT NULL,
  run_id            VARCHAR NOT NULL,
  sentence_index    INTEGER NOT NULL,
  sentence          VARCHAR NOT NULL,
  date              VARCHAR,
  date_precision    VARCHAR,
  date_source       VARCHAR NOT NULL,
  source_text       VARCHAR NOT NULL,
  source_begin      INTEGER NOT NULL,
  source_end        INTEGER NOT NULL,
  source_code       VARCHAR NOT NULL,
  source_country    VARCHAR,
  source_sectors    VARCHAR[] NOT NULL,
  source_resolved_by VARCHAR NOT NULL,
  target_text       VARCHAR,
  target_begin      INTEGER,
  target_end        INTEGER,
  target_code       VARCHAR,
  target_country    VARCHAR,
  target_sectors    VARCHAR[],
  target_resolved_by VARCHAR,
  cameo_code        VARCHAR NOT NULL,
  cameo_root        VARCHAR NOT NULL,
  cameo_name        VARCHAR NOT NULL,
  plover_type       VARCHAR,
  plover_mode       VARCHAR,
  quad_class        INTEGER NOT NULL,
  penta_class       INTEGER NOT NULL,
  goldstein         DOUBLE NOT NULL,
  location_name     VARCHAR,
  location_country  VARCHAR,
  location_lat      DOUBLE,
  location_lon      DOUBLE,
  location_begin    INTEGER,
  location_end      INTEGER,
  location_reason   VARCHAR,
  modality          VARCHAR NOT NULL,
  trigger           VARCHAR NOT NULL,
  trigger_begin     INTEGER NOT NULL,
  trigger_end       INTEGER NOT NULL,
  rule              VARCHAR NOT NULL,
  entries           VARCHAR[] NOT NULL,
  modality_cues     VARCHAR[] NOT NULL,
  confidence        DOUBLE NOT NULL,
  json              JSON NOT NULL
);

CREATE INDEX events_doc ON events (doc_id);

CREATE TABLE quotes (
  quote_id          VARCHAR PRIMARY KEY,
  doc_id            VARCHAR NOT NULL,
  text              VARCHAR NOT NULL,
  span_begin        INTEGER NOT NULL,
  span_end          INTEGER NOT NULL,
  speaker_text      VARCHAR,
  speaker_begin     INTEGER,
  speaker_end       INTEGER,
  speaker_code      VARCHAR,
  cue               VARCHAR,
  event_id          VARCHAR,
  json              JSON NOT NULL
);

CREATE INDEX quotes_doc ON quotes (doc_id);

-- doc_id is null for problems not tied to one article (a broken manifest line, an unreadable file).
CREATE TABLE diagnostics (
  run_id            VARCHAR NOT NULL,
  doc_id            VARCHAR,
  ordinal           INTEGER NOT NULL,
  severity          VARCHAR NOT NULL,
  file              VARCHAR NOT NULL,
  record            VARCHAR NOT NULL,
  input_offset      BIGINT NOT NULL,
  reason            VARCHAR NOT NULL
);

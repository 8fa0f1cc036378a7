-- Parley store schema, version 2: cross-article event clusters (org.parley.store.cluster.Clusterer).
-- A cluster gathers asserted events from different articles and sentences that report the same
-- occurrence; the rules are in ClusterRules. An event's date covers the days of its precision (a
-- month date covers the month); an event without a date takes its article's publication date.
-- Types are standard SQL (VARCHAR, DOUBLE PRECISION, DATE, BIGINT) so the script also runs on PostgreSQL.

CREATE TABLE clusters (
  cluster_id        VARCHAR PRIMARY KEY,  -- 'C-' + the event id of the first member (in clustering order)
  first_event_id    VARCHAR NOT NULL,     -- the first member: earliest date, then doc_id, sentence, event_id
  representative_event_id VARCHAR NOT NULL, -- the member with the cluster's code and the highest confidence
  representative_sentence VARCHAR NOT NULL, -- that member's sentence
  source_key        VARCHAR NOT NULL,     -- source country, else the source actor code
  target_key        VARCHAR NOT NULL,     -- target country, else the target actor code, '' when no target
  dyad              VARCHAR NOT NULL,     -- source_key '-' target_key, e.g. 'PRK-USA'
  cameo_root        VARCHAR NOT NULL,     -- the two-digit CAMEO root all members share
  cameo_code        VARCHAR NOT NULL,     -- the most specific member code (members' codes form one chain)
  goldstein         DOUBLE PRECISION NOT NULL, -- the representative's Goldstein score
  quad_class        INTEGER NOT NULL,     -- the representative's quad class (1-4)
  penta_class       INTEGER NOT NULL,     -- the representative's penta class (0-4)
  -- date_from/date_to: the days the most precise members date the occurrence to: the first and last
  -- day-precision member dates when there are any, else the days all members' months/years share.
  date_from         DATE NOT NULL,
  date_to           DATE NOT NULL,
  earliest_report   VARCHAR,              -- earliest publication date among member articles, null if none dated
  location_name     VARCHAR,              -- the first member place with a name, null when no member has one
  location_country  VARCHAR,              -- that place's country
  geonames_id       BIGINT,               -- that place's GeoNames id
  num_mentions      INTEGER NOT NULL,     -- member events
  num_articles      INTEGER NOT NULL,     -- distinct member articles
  num_sources       INTEGER NOT NULL,     -- distinct outlets (an article without an outlet counts as its own)
  created_run       VARCHAR NOT NULL,     -- the run whose clustering created the cluster
  updated_run       VARCHAR NOT NULL      -- the last run whose clustering changed it
);

CREATE INDEX clusters_dates ON clusters (date_from, date_to);

CREATE TABLE cluster_members (
  cluster_id        VARCHAR NOT NULL,     -- clusters.cluster_id
  event_id          VARCHAR PRIMARY KEY,  -- events.event_id; an event is in at most one cluster
  doc_id            VARCHAR NOT NULL,     -- the event's article
  outlet            VARCHAR,              -- that article's outlet
  ordinal           INTEGER NOT NULL,     -- 0 for the first member, then in the order members joined
  reason            VARCHAR NOT NULL      -- why it joined, compared with the first member
);

CREATE INDEX cluster_members_cluster ON cluster_members (cluster_id);
CREATE INDEX cluster_members_doc ON cluster_members (doc_id);

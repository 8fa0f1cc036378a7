-- Parley store schema, version 3: an index on articles' body hashes. `parley code` asks, for every new
-- article, whether an earlier run coded the same text under another id (Store.codedWithContent); the
-- index keeps that a look-up rather than a scan as the store grows.

CREATE INDEX articles_sha256 ON articles (sha256);

#!/usr/bin/env python3
"""Writes an ingestion benchmark corpus: N news pages as HTML files, and the same pages as HTTP
responses in a WARC (plain and gzip-per-record), with a request record before each response as
crawlers write them.

Pages have the clutter real news pages have (navigation, breadcrumbs, share bar, related stories,
a caption, a cookie notice, a footer) and JSON-LD metadata; each story is eight sentences drawn with
a fixed seed from the PLOVER gold texts in the data pack, so stories differ (no duplicates).

Usage: scripts/make-ingest-corpus.py N OUT_DIR [--data DIR]
Writes OUT_DIR/html/page-00001.html ..., OUT_DIR/crawl.warc, OUT_DIR/crawl.warc.gz.
"""
import argparse
import datetime
import gzip
import html
import json
import os
import random
import uuid


def sentences(data_dir):
    with open(os.path.join(data_dir, "gold/plover-gsr/PLOVER_GSR_CAMEO.json"), encoding="utf-8") as f:
        return [r["text"] for r in json.load(f) if r.get("text")]


def page(i, rng, pool):
    story = rng.sample(pool, 8)
    day = datetime.date(2019, 1, 1) + datetime.timedelta(days=rng.randrange(700))
    url = f"https://news.example.org/{day:%Y/%m/%d}/story-{i}"
    title = story[0][:70]
    related = "".join(
        f'<li><a href="/{day:%Y/%m/%d}/related-{i}-{k}">{html.escape(rng.choice(pool)[:60])}</a></li>'
        for k in range(5))
    paragraphs = "".join(f"<p>{html.escape(s)}</p>" for s in story)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": f"{day}T08:00:00+00:00", "author": {"@type": "Person", "name": "Staff Reporter"},
                     "publisher": {"@type": "Organization", "name": "Example News"}, "url": url})
    return url, f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Example News</title>
<link rel="canonical" href="{url}"><meta property="og:site_name" content="Example News">
<script type="application/ld+json">{ld}</script></head>
<body><div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header><nav class="main-nav"><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/opinion">Opinion</a></nav></header>
<main><nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/world">World</a></nav>
<article class="story"><h1>{html.escape(title)}</h1><div class="byline">By Staff Reporter</div>
<time datetime="{day}T08:00:00Z">{day:%B %d, %Y}</time>
<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<figure><img src="/img/{i}.jpg" alt=""><figcaption>Officials at the talks. (Photo: Example)</figcaption></figure>
<div class="story-body">{paragraphs}</div></article>
<aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside></main>
<footer><p>&copy; 2024 Example News. All rights reserved.</p><a href="/terms">Terms</a></footer>
</body></html>
"""


def warc_record(headers, payload):
    head = "WARC/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + \
        f"Content-Length: {len(payload)}\r\n\r\n"
    return head.encode("utf-8") + payload + b"\r\n\r\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "../../shared/data"))
    a = ap.parse_args()
    rng = random.Random(20261123)
    pool = sentences(a.data)
    os.makedirs(os.path.join(a.out, "html"), exist_ok=True)
    with open(os.path.join(a.out, "crawl.warc"), "wb") as plain, \
            open(os.path.join(a.out, "crawl.warc.gz"), "wb") as gz:
        for i in range(1, a.n + 1):
            url, text = page(i, rng, pool)
            body = text.encode("utf-8")
            with open(os.path.join(a.out, "html", f"page-{i:05d}.html"), "wb") as f:
                f.write(body)
            date = "2024-05-01T00:00:00Z"
            request = f"GET /story-{i} HTTP/1.1\r\nHost: news.example.org\r\n\r\n".encode()
            response = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                        + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
            for rec in (
                    warc_record([("WARC-Type", "request"), ("WARC-Record-ID", f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}>"),
                                 ("WARC-Date", date), ("WARC-Target-URI", url),
                                 ("Content-Type", "application/http; msgtype=request")], request),
                    warc_record([("WARC-Type", "response"), ("WARC-Record-ID", f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}>"),
                                 ("WARC-Date", date), ("WARC-Target-URI", url),
                                 ("Content-Type", "application/http; msgtype=response")], response)):
                plain.write(rec)
                gz.write(gzip.compress(rec))
    print(f"wrote {a.n} pages to {a.out}/html, {a.out}/crawl.warc and {a.out}/crawl.warc.gz")


if __name__ == "__main__":
    main()

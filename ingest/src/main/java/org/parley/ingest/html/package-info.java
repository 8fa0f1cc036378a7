/**
 * Finding the story in a news page: which part of the HTML is the article body (scored on text and
 * link density, paragraphs, class and id hints, semantic tags and structured data), what the page
 * says about itself (title, outlet, canonical URL, publication date, byline, language) and where
 * each character of the extracted body sits in the HTML source. Only this package knows jsoup;
 * nothing here reads files or decodes bytes, which belong to {@code org.parley.ingest.format} and
 * {@code org.parley.ingest.text}.
 */
package org.parley.ingest.html;

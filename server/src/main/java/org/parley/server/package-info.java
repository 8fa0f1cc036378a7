/**
 * {@code parley serve}: the read-only JSON API over a store (docs/API.md), documented as OpenAPI at
 * {@code /api/openapi.json}, and the web UI's static files. Every value a client sends is checked
 * here ({@link org.parley.server.Params}) and reaches SQL only as a bound parameter. Articles are
 * coded over HTTP only when the server was started with an {@link org.parley.server.ArticleIngest}
 * and a token.
 */
package org.parley.server;

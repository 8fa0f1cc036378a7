package org.parley.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The API's endpoints and the query parameters each accepts: the one list both the parameter check
 * (an unknown name is a 400) and the OpenAPI document are made from, so the two cannot disagree.
 */
final class ApiSpec {
  private ApiSpec() {}

  /** A query (or path) parameter: its name, OpenAPI type and what it means. */
  record Param(String name, String type, String description) {}

  /** One endpoint: method, path (with {id} style path parameters), summary and parameters. */
  record Endpoint(String method, String path, String summary, List<Param> params) {
    Set<String> names() {
      return params.stream().map(Param::name).collect(Collectors.toUnmodifiableSet());
    }

    String accepted() {
      return params.isEmpty()
          ? "none"
          : params.stream().map(Param::name).sorted().collect(Collectors.joining(", "));
    }
  }

  static final Param LIMIT = new Param("limit", "integer", "Page size, 1..500 (default 50).");
  static final Param OFFSET =
      new Param("offset", "integer", "Rows to skip, 0..10,000,000 (default 0).");
  static final Param SINCE =
      new Param(
          "since",
          "date",
          "YYYY-MM-DD, inclusive: events whose date (or month/year period) ends on or after it;"
              + " undated events are then left out.");
  static final Param UNTIL =
      new Param(
          "until",
          "date",
          "YYYY-MM-DD, inclusive: events whose date (or month/year period) starts on or before it;"
              + " undated events are then left out.");
  static final Param ROOT =
      new Param("root", "list", "Two-digit CAMEO root codes, comma-separated (e.g. 04,05).");
  static final Param QUAD = new Param("quad", "list", "Quad classes 1-4, comma-separated.");

  static final Endpoint HEALTH =
      new Endpoint(
          "get", "/api/health", "The store's engine, schema version and counts.", List.of());
  static final Endpoint META =
      new Endpoint(
          "get",
          "/api/meta",
          "Values for filter controls: outlets, countries, CAMEO roots, PLOVER types, quad"
              + " classes, modalities, first and last event date.",
          List.of());
  static final Endpoint EVENTS =
      new Endpoint(
          "get",
          "/api/events",
          "Events, filtered and paged; ordered by date (undated last), doc_id, sentence_index,"
              + " event_id.",
          List.of(
              SINCE,
              UNTIL,
              new Param(
                  "actor",
                  "list",
                  "Actor code prefixes (e.g. PRKGOV or PRK) matching the source or the target code."),
              new Param("source", "list", "Source country or source actor-code prefix."),
              new Param("target", "list", "Target country or target actor-code prefix."),
              new Param("source_code", "list", "Exact source actor codes (e.g. PRKGOV)."),
              new Param("target_code", "list", "Exact target actor codes."),
              new Param("place_country", "list", "Alpha-3 countries of the events' locations."),
              new Param(
                  "place",
                  "string",
                  "The name of the place the text puts the events at (events with coordinates, as"
                      + " /api/map names them; one name, which may hold commas)."),
              new Param(
                  "place_precision",
                  "string",
                  "point: events placed at coordinates; country: events placed in a country only"
                      + " (no coordinates); any (default)."),
              new Param(
                  "country", "list", "Alpha-3 country of the source, the target or the location."),
              ROOT,
              new Param("code", "list", "CAMEO code prefixes of 2-4 digits (e.g. 042)."),
              new Param("plover", "list", "PLOVER types (e.g. CONSULT)."),
              QUAD,
              new Param(
                  "modality",
                  "list",
                  "asserted, negated, hypothetical, intended or reported (default: all)."),
              new Param("outlet", "list", "Outlets of the events' articles (exact names)."),
              new Param("doc", "list", "Article ids."),
              new Param("cluster", "list", "Cluster ids."),
              new Param("run", "list", "Run ids."),
              LIMIT,
              OFFSET));
  static final Endpoint EVENT =
      new Endpoint(
          "get",
          "/api/events/{id}",
          "One event: its contract JSON, flat row, article, highlights (offsets into the"
              + " article body), explanation, cluster and the cluster's other events.",
          List.of());
  static final Endpoint CLUSTERS =
      new Endpoint(
          "get",
          "/api/clusters",
          "Event clusters (one occurrence reported by several articles), ordered by date_from,"
              + " cluster_id.",
          List.of(
              new Param("since", "date", "YYYY-MM-DD: clusters whose days end on or after it."),
              new Param("until", "date", "YYYY-MM-DD: clusters whose days start on or before it."),
              new Param("country", "list", "Source or target key (country or actor code)."),
              new Param("dyad", "list", "Directed dyads SOURCE-TARGET (e.g. PRK-USA)."),
              ROOT,
              LIMIT,
              OFFSET));
  static final Endpoint CLUSTER =
      new Endpoint("get", "/api/clusters/{id}", "One cluster and its member events.", List.of());
  static final Endpoint ACTORS =
      new Endpoint(
          "get",
          "/api/actors",
          "Actor codes seen as event source or target, ordered by code.",
          List.of(
              new Param(
                  "q",
                  "string",
                  "Case-insensitive substring of the code or of a name the actor was mentioned by."),
              new Param("country", "list", "Actors' alpha-3 countries."),
              LIMIT,
              OFFSET));
  static final Endpoint ACTOR =
      new Endpoint(
          "get",
          "/api/actors/{code}",
          "One actor: its counts, its quotes and its first 100 events.",
          List.of());
  static final Endpoint QUOTES =
      new Endpoint(
          "get",
          "/api/quotes",
          "Quotes, ordered by publication, doc_id and position.",
          List.of(
              new Param("speaker", "list", "Speaker actor-code prefixes."),
              new Param("country", "list", "Speakers' alpha-3 countries."),
              new Param("doc", "list", "Article ids."),
              new Param("q", "string", "Case-insensitive substring of the quote text."),
              LIMIT,
              OFFSET));
  static final Endpoint AGGREGATES =
      new Endpoint(
          "get",
          "/api/aggregates",
          "Counts, class counts and mean Goldstein score of asserted events (or clusters) per"
              + " period, for one dyad, one country or all (key *), on a dense date spine.",
          List.of(
              new Param("unit", "string", "events (default) or clusters."),
              new Param("by", "string", "day, week or month (default)."),
              new Param("scheme", "string", "quad (default) or penta."),
              new Param("dyad", "string", "SOURCE-TARGET (e.g. PRK-USA)."),
              new Param("country", "string", "Alpha-3 country (or actor code key)."),
              new Param("count_for", "string", "With country: source (default), target or place."),
              SINCE,
              UNTIL,
              new Param(
                  "normalise",
                  "boolean",
                  "true: add share = count / all events (or clusters) of the period.")));
  static final Endpoint NETWORK =
      new Endpoint(
          "get",
          "/api/network",
          "Directed source-target network: nodes with event counts, edges with counts and mean"
              + " Goldstein score.",
          List.of(
              SINCE,
              UNTIL,
              ROOT,
              QUAD,
              new Param(
                  "min_count", "integer", "Smallest edge count shown, 1..1,000,000 (default 1)."),
              new Param(
                  "level", "string", "country (default: country, else actor code) or actor.")));
  static final Endpoint MAP =
      new Endpoint(
          "get",
          "/api/map",
          "Events grouped by place (name and coordinates, or country alone); events without a"
              + " place are counted in unplaced.",
          List.of(SINCE, UNTIL, ROOT, QUAD));
  static final Endpoint ARTICLES =
      new Endpoint(
          "get",
          "/api/articles",
          "Stored articles (without bodies), ordered by publication date (undated last), id.",
          List.of(
              new Param("outlet", "list", "Outlets (exact names)."),
              new Param("status", "list", "coded, duplicate or skipped."),
              new Param("run", "list", "Run ids."),
              new Param("q", "string", "Case-insensitive substring of the title."),
              LIMIT,
              OFFSET));
  static final Endpoint ARTICLE =
      new Endpoint(
          "get", "/api/articles/{id}", "One article with its body, events and quotes.", List.of());
  static final Endpoint POST_ARTICLES =
      new Endpoint(
          "post",
          "/api/articles",
          "Codes posted articles (one object or an array of at most 100) when the server was"
              + " started with --allow-ingest; needs Authorization: Bearer TOKEN.",
          List.of());
  static final Endpoint RUNS =
      new Endpoint("get", "/api/runs", "Coding runs, newest first.", List.of(LIMIT, OFFSET));
  static final Endpoint RUN = new Endpoint("get", "/api/runs/{id}", "One run.", List.of());
  static final Endpoint OPENAPI =
      new Endpoint("get", "/api/openapi.json", "This API as an OpenAPI 3.0 document.", List.of());

  static final List<Endpoint> ALL =
      List.of(
          HEALTH,
          META,
          EVENTS,
          EVENT,
          CLUSTERS,
          CLUSTER,
          ACTORS,
          ACTOR,
          QUOTES,
          AGGREGATES,
          NETWORK,
          MAP,
          ARTICLES,
          ARTICLE,
          POST_ARTICLES,
          RUNS,
          RUN,
          OPENAPI);

  /** The OpenAPI 3.0 document for {@link #ALL}. */
  static Map<String, Object> openApi(String version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put(
        "info",
        Map.of(
            "title",
            "Parley API",
            "version",
            version,
            "description",
            "Read-only JSON API over a Parley event store (docs/API.md). Errors are"
                + " {\"status\": N, \"error\": \"...\"}; unknown query parameters are a 400."
                + " List endpoints answer {total, limit, offset, items}."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Endpoint e : ALL) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", e.summary());
      List<Object> params = new ArrayList<>();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(e.path());
      while (m.find()) {
        params.add(
            Map.of("name", m.group(1), "in", "path", "required", true, "schema", schema("string")));
      }
      for (Param p : e.params()) {
        Map<String, Object> param = new LinkedHashMap<>();
        param.put("name", p.name());
        param.put("in", "query");
        param.put("required", false);
        param.put("description", p.description());
        param.put("schema", schema(p.type()));
        if (p.type().equals("list")) {
          param.put("style", "form");
          param.put("explode", false);
        }
        params.add(param);
      }
      if (e.method().equals("post")) {
        params.add(
            Map.of(
                "name",
                "Authorization",
                "in",
                "header",
                "required",
                true,
                "description",
                "Bearer TOKEN (the --ingest-token or PARLEY_INGEST_TOKEN given to parley serve).",
                "schema",
                schema("string")));
        op.put(
            "requestBody",
            Map.of(
                "required",
                true,
                "content",
                Map.of(
                    "application/json",
                    Map.of(
                        "schema",
                        Map.of(
                            "description",
                            "An article {id, text or body, title, url, outlet, published} or an"
                                + " array of at most 100; at most 5 MB.")))));
      }
      op.put("parameters", params);
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", Map.of("description", "OK", "content", json(response(e))));
      responses.put(
          "400", Map.of("description", "A bad or unknown parameter", "content", json(ERROR)));
      if (e.path().contains("{")) {
        responses.put("404", Map.of("description", "No such record", "content", json(ERROR)));
      }
      if (e.method().equals("post")) {
        responses.put(
            "401", Map.of("description", "Missing or wrong token", "content", json(ERROR)));
        responses.put("403", Map.of("description", "Ingest is disabled", "content", json(ERROR)));
        responses.put("413", Map.of("description", "Body over 5 MB", "content", json(ERROR)));
      }
      op.put("responses", responses);
      @SuppressWarnings("unchecked")
      Map<String, Object> path =
          (Map<String, Object>) paths.computeIfAbsent(e.path(), k -> new LinkedHashMap<>());
      path.put(e.method(), op);
    }
    doc.put("paths", paths);
    Map<String, Object> schemas = new LinkedHashMap<>();
    SCHEMAS.forEach((name, fields) -> schemas.put(name, object(fields)));
    doc.put("components", Map.of("schemas", schemas));
    return doc;
  }

  private static final String ERROR = "Error";

  /**
   * The response objects, as "field:type" lists: type string, integer, number, boolean, object,
   * [Type] for an array of Type (a schema name or a plain type), a schema name, and a trailing ?
   * for a value that may be null.
   */
  static final Map<String, String> SCHEMAS = new LinkedHashMap<>();

  static {
    SCHEMAS.put(ERROR, "status:integer,error:string");
    SCHEMAS.put(
        "Health",
        "status:string,engine:string,schema_version:integer,version:string,articles:integer,"
            + "events:integer,clusters:integer,quotes:integer,ingest:boolean");
    SCHEMAS.put("Code", "code:string,name:string");
    SCHEMAS.put("QuadClass", "code:integer,name:string");
    SCHEMAS.put(
        "Meta",
        "outlets:[string],countries:[string],cameo_roots:[Code],plover_types:[string],"
            + "quad_classes:[QuadClass],modalities:[string],date_min:string?,date_max:string?");
    SCHEMAS.put(
        "EventItem",
        "event_id:string,doc_id:string,sentence_index:integer,sentence:string,date:string?,"
            + "date_precision:string?,date_source:string,source_text:string,source_code:string,"
            + "source_country:string?,target_text:string?,target_code:string?,"
            + "target_country:string?,cameo_code:string,cameo_root:string,cameo_name:string,"
            + "plover_type:string?,plover_mode:string?,quad_class:integer,penta_class:integer,"
            + "goldstein:number,location_name:string?,location_country:string?,"
            + "location_lat:number?,location_lon:number?,modality:string,trigger:string,"
            + "confidence:number,outlet:string?,title:string?,published:string?,url:string?,"
            + "cluster_id:string?");
    SCHEMAS.put(
        "EventArticle",
        "id:string,title:string?,outlet:string?,url:string?,published:string?,byline:string?,"
            + "body:string");
    SCHEMAS.put("Highlight", "kind:string,begin:integer,end:integer,text:string");
    SCHEMAS.put(
        "Explanation",
        "rule:string,entries:[string],modality:string,modality_cues:[string],"
            + "source_resolved_by:string,target_resolved_by:string?,confidence:number");
    SCHEMAS.put(
        "ClusterItem",
        "cluster_id:string,first_event_id:string,representative_event_id:string,"
            + "representative_sentence:string,source_key:string,target_key:string,dyad:string,"
            + "cameo_root:string,cameo_code:string,goldstein:number,quad_class:integer,"
            + "penta_class:integer,date_from:string,date_to:string,earliest_report:string?,"
            + "location_name:string?,location_country:string?,num_mentions:integer,"
            + "num_articles:integer,num_sources:integer");
    SCHEMAS.put(
        "EventDetail",
        "event:object,row:EventItem,article:EventArticle?,highlights:[Highlight],"
            + "explanation:Explanation,cluster:ClusterItem?,cluster_events:[EventItem]");
    SCHEMAS.put("ClusterDetail", "cluster:ClusterItem,events:[EventItem]");
    SCHEMAS.put(
        "ActorItem",
        "code:string,country:string?,names:[string],first_date:string?,last_date:string?,"
            + "events:integer,as_source:integer,as_target:integer,quotes:integer");
    SCHEMAS.put(
        "QuoteItem",
        "quote_id:string,doc_id:string,text:string,speaker_text:string?,speaker_code:string?,"
            + "speaker_country:string?,cue:string?,event_id:string?,outlet:string?,title:string?,"
            + "published:string?,span_begin:integer,span_end:integer");
    SCHEMAS.put("ActorDetail", "actor:ActorItem,quotes:[QuoteItem],events:[EventItem]");
    SCHEMAS.put(
        "AggregateRow",
        "period:string,key:[string],count:integer,classes:[integer],goldstein_mean:number?,"
            + "total:integer,share:number?");
    SCHEMAS.put(
        "Aggregates",
        "unit:string,by:string,scheme:string,columns:[string],rows:[AggregateRow],"
            + "counted:integer,left_out:integer");
    SCHEMAS.put("Node", "id:string,events:integer");
    SCHEMAS.put("Edge", "source:string,target:string,count:integer,goldstein_mean:number");
    SCHEMAS.put("Network", "nodes:[Node],edges:[Edge],truncated:boolean");
    SCHEMAS.put(
        "Place",
        "name:string?,country:string?,lat:number?,lon:number?,count:integer,"
            + "goldstein_mean:number");
    SCHEMAS.put("Map", "places:[Place],unplaced:integer");
    SCHEMAS.put(
        "ArticleItem",
        "id:string,title:string?,outlet:string?,url:string?,published:string?,status:string,"
            + "duplicate_of:string?,language:string?,events:integer,quotes:integer");
    SCHEMAS.put(
        "ArticleWithBody",
        "id:string,title:string?,outlet:string?,url:string?,published:string?,status:string,"
            + "duplicate_of:string?,language:string?,events:integer,quotes:integer,"
            + "byline:string?,body:string");
    SCHEMAS.put("ArticleDetail", "article:ArticleWithBody,events:[EventItem],quotes:[QuoteItem]");
    SCHEMAS.put(
        "Run",
        "run_id:string,started:string,finished:string?,parley_version:string,"
            + "corenlp_version:string,counts:object?");
    SCHEMAS.put(
        "RunDetail",
        "run_id:string,started:string,finished:string?,parley_version:string,"
            + "corenlp_version:string,counts:object?,options:object,dictionary_hashes:object");
    SCHEMAS.put("Outcome", "id:string,status:string,reason:string?,events:[string]");
    SCHEMAS.put("IngestResult", "run_id:string,articles:[Outcome]");
    for (String item :
        List.of("EventItem", "ClusterItem", "ActorItem", "QuoteItem", "ArticleItem", "Run")) {
      SCHEMAS.put(
          item.replace("Item", "") + "Page",
          "total:integer,limit:integer,offset:integer,items:[" + item + "]");
    }
  }

  /** The schema an endpoint answers 200 with. */
  static String response(Endpoint e) {
    if (e.method().equals("post")) {
      return "IngestResult";
    }
    return switch (e.path()) {
      case "/api/health" -> "Health";
      case "/api/meta" -> "Meta";
      case "/api/events" -> "EventPage";
      case "/api/events/{id}" -> "EventDetail";
      case "/api/clusters" -> "ClusterPage";
      case "/api/clusters/{id}" -> "ClusterDetail";
      case "/api/actors" -> "ActorPage";
      case "/api/actors/{code}" -> "ActorDetail";
      case "/api/quotes" -> "QuotePage";
      case "/api/aggregates" -> "Aggregates";
      case "/api/network" -> "Network";
      case "/api/map" -> "Map";
      case "/api/articles" -> "ArticlePage";
      case "/api/articles/{id}" -> "ArticleDetail";
      case "/api/runs" -> "RunPage";
      case "/api/runs/{id}" -> "RunDetail";
      default -> "object";
    };
  }

  private static Map<String, Object> json(String schema) {
    return Map.of("application/json", Map.of("schema", type(schema)));
  }

  /** An object schema from a "field:type,..." list (see {@link #SCHEMAS}). */
  private static Map<String, Object> object(String fields) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (String f : fields.split(",")) {
      String[] nt = f.split(":", 2);
      properties.put(nt[0], type(nt[1]));
      required.add(nt[0]);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", "object");
    out.put("required", required);
    out.put("properties", properties);
    return out;
  }

  private static Map<String, Object> type(String t) {
    boolean nullable = t.endsWith("?");
    String base = nullable ? t.substring(0, t.length() - 1) : t;
    Map<String, Object> out = new LinkedHashMap<>();
    if (base.startsWith("[")) {
      out.put("type", "array");
      out.put("items", type(base.substring(1, base.length() - 1)));
    } else if (List.of("string", "integer", "number", "boolean", "object").contains(base)) {
      out.put("type", base);
    } else {
      if (nullable) {
        // OpenAPI 3.0: a nullable reference is an allOf around it.
        out.put("allOf", List.of(Map.of("$ref", "#/components/schemas/" + base)));
      } else {
        out.put("$ref", "#/components/schemas/" + base);
      }
    }
    if (nullable) {
      out.put("nullable", true);
    }
    return out;
  }

  private static Map<String, Object> schema(String type) {
    return switch (type) {
      case "date" -> Map.of("type", "string", "format", "date");
      case "list" -> Map.of("type", "array", "items", Map.of("type", "string"));
      default -> Map.of("type", type);
    };
  }
}

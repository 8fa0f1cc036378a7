package org.parley.store.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ActorCode;
import org.parley.model.ActorMention;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CharSpan;
import org.parley.model.DateValue;
import org.parley.model.Diagnostic;
import org.parley.model.DictionaryEntry;
import org.parley.model.Event;
import org.parley.model.EventParticipant;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Place;
import org.parley.model.Quote;

/**
 * Turns model records into the ordered field maps of the output contract (ARCHITECTURE.md,
 * "Contracts other tools rely on"). Both the JSONL files and the database's {@code json} columns
 * are made from these maps, so the two can never disagree. Keys are snake_case and always present
 * (absent values are {@code null}, empty lists {@code []}), so every line of a file has the same
 * fields in the same order. CAMEO codes stay strings ("042") because their leading zeros are part
 * of the code.
 */
public final class ContractMaps {
  private ContractMaps() {}

  /** One {@code articles.jsonl} line: the contract fields, then Parley's extensions. */
  public static Map<String, Object> article(
      Article article, ArticleStatus status, List<Diagnostic> diagnostics) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", article.id());
    m.put("url", article.url().orElse(null));
    m.put("outlet", article.outlet().orElse(null));
    m.put("published", article.published().map(DateValue::value).orElse(null));
    m.put("language", article.language().orElse(null));
    m.put("title", article.title().orElse(null));
    m.put("sha256", article.sha256());
    m.put("status", status.label());
    m.put("source", article.source());
    m.put("published_source", article.publishedSource());
    m.put("byline", article.byline().orElse(null));
    boolean duplicate = status.kind() == ArticleStatus.Kind.DUPLICATE;
    m.put("duplicate_of", duplicate ? status.detail() : null);
    m.put("duplicate_basis", duplicate ? status.basis() : null);
    m.put("duplicate_similarity", duplicate ? round3(status.similarity()) : null);
    m.put("diagnostics", diagnostics.stream().map(Diagnostic::located).toList());
    return m;
  }

  /** One {@code events.jsonl} line. */
  public static Map<String, Object> event(Event event, String runId) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(runId, "runId");
    EventType type = event.type();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event_id", event.eventId());
    m.put("doc_id", event.docId());
    m.put("sentence_index", event.sentenceIndex());
    m.put("sentence", event.sentence());
    m.put("date", event.date().map(DateValue::value).orElse(null));
    m.put("date_precision", event.date().map(d -> d.precision().label()).orElse(null));
    m.put("date_source", event.dateSource());
    m.put("source", participant(event.source()));
    m.put("target", event.target().map(ContractMaps::participant).orElse(null));
    m.put("cameo_code", type.cameoCode());
    m.put("cameo_root", type.root());
    m.put("cameo_name", type.name());
    m.put("plover_type", type.ploverType().orElse(null));
    m.put("plover_mode", type.ploverMode().orElse(null));
    m.put("quad_class", type.quadClass());
    m.put("penta_class", type.pentaClass());
    m.put("goldstein", type.goldstein());
    // A name the gazetteer could not place is no location: it is kept, with the reason, beside it.
    m.put(
        "location", event.location().filter(Place::resolved).map(ContractMaps::place).orElse(null));
    m.put("modality", event.modality().label());
    m.put("evidence", evidence(event.evidence()));
    m.put("confidence", event.confidence());
    m.put("run_id", runId);
    m.put(
        "location_unresolved",
        event
            .location()
            .filter(p -> !p.resolved())
            .map(ContractMaps::unresolvedPlace)
            .orElse(null));
    return m;
  }

  /** The {@code source} or {@code target} object of an event. */
  public static Map<String, Object> participant(EventParticipant p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("text", p.text());
    m.put("span", span(p.span()));
    m.put("code", p.code().code());
    m.put("country", p.code().country().orElse(null));
    m.put("sectors", p.code().sectors());
    m.put("resolved_by", p.resolvedBy().label());
    return m;
  }

  /** The {@code location} object of an event. */
  public static Map<String, Object> place(Place p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("country", p.country().orElse(null));
    m.put("lat", p.lat().orElse(null));
    m.put("lon", p.lon().orElse(null));
    m.put("span", span(p.span()));
    m.put("reason", p.reason());
    m.put("admin1", p.admin1().orElse(null));
    m.put("geonames_id", p.geonamesId().orElse(null));
    m.put("precision", p.precision().orElse(null));
    m.put("geo_reason", p.geoReason());
    return m;
  }

  /**
   * The {@code location_unresolved} object: a place name the gazetteer could not place, and why.
   */
  public static Map<String, Object> unresolvedPlace(Place p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("span", span(p.span()));
    m.put("reason", p.reason());
    m.put("geo_reason", p.geoReason());
    return m;
  }

  /** The {@code evidence} object of an event: why it was coded. */
  public static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("trigger", e.trigger());
    m.put("span", span(e.span()));
    m.put("rule", e.rule());
    m.put("entries", entries(e.entries()));
    m.put("modality_cues", e.modalityCues());
    return m;
  }

  /**
   * One {@code quotes.jsonl} line; the speaker object is always there, with null members when
   * unknown.
   */
  public static Map<String, Object> quote(Quote quote) {
    Objects.requireNonNull(quote, "quote");
    Map<String, Object> speaker = new LinkedHashMap<>();
    speaker.put("text", quote.speakerText().orElse(null));
    speaker.put("span", quote.speakerSpan().map(ContractMaps::span).orElse(null));
    speaker.put("code", quote.speakerCode().map(ActorCode::code).orElse(null));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quote_id", quote.quoteId());
    m.put("doc_id", quote.docId());
    m.put("text", quote.text());
    m.put("span", span(quote.span()));
    m.put("speaker", speaker);
    m.put("cue", quote.cue().orElse(null));
    m.put("event_id", quote.eventId().orElse(null));
    return m;
  }

  /** One {@code mentions.jsonl} line. */
  public static Map<String, Object> mention(ActorMention mention) {
    Objects.requireNonNull(mention, "mention");
    Optional<ActorCode> code = mention.code();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc_id", mention.docId());
    m.put("sentence_index", mention.sentence());
    m.put("text", mention.text());
    m.put("span", span(mention.span()));
    m.put("kind", mention.kind());
    m.put("code", code.map(ActorCode::code).orElse(null));
    m.put("country", code.flatMap(ActorCode::country).orElse(null));
    m.put("sectors", code.map(ActorCode::sectors).orElse(List.of()));
    m.put("resolved_by", mention.resolvedBy().label());
    m.put("entry", mention.entries().isEmpty() ? null : mention.entries().get(0).toString());
    m.put("entries", entries(mention.entries()));
    m.put("reason", mention.reason());
    return m;
  }

  /** A span as the contract writes it: {@code [begin, end]}, a half-open range of body offsets. */
  public static List<Integer> span(CharSpan span) {
    return List.of(span.begin(), span.end());
  }

  /** Dictionary entries in their {@code file:line entry} form. */
  public static List<String> entries(List<DictionaryEntry> entries) {
    List<String> out = new ArrayList<>(entries.size());
    for (DictionaryEntry e : entries) {
      out.add(e.toString());
    }
    return out;
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}

package org.parley.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.parley.coding.Coder;
import org.parley.coding.Dictionaries;
import org.parley.eval.GoldRecord.GoldActor;
import org.parley.eval.GoldRecord.PloverGold;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.CodedDocument;
import org.parley.model.ContentHash;
import org.parley.model.DateValue;
import org.parley.model.Diagnostic;
import org.parley.model.Event;
import org.parley.model.EventParticipant;
import org.parley.model.ParseSelector;
import org.parley.model.ParsedDocument;
import org.parley.ontology.Countries;
import org.parley.ontology.DataPack;

/**
 * Runs gold suites through the coder and scores them.
 *
 * <p>Scoring, per suite:
 *
 * <ul>
 *   <li>PETRARCH unit tests and UniversalPetrarch GSR: expected and produced events are multisets
 *       of (source, target, CAMEO code); a produced event matches an unmatched expected one equal
 *       in all three (at the root: with both codes cut to two digits). A record is correct when the
 *       two multisets are equal (no events expected and none produced counts). With the record's
 *       {@code require_dyad} option on, events without a target are not output, as PETRARCH does;
 *       records that set no options (UniversalPetrarch) keep them, as their expected events do.
 *   <li>PLOVER gold records: one expected event a record; a produced event matches when its PLOVER
 *       type is the record's and its source country is one of the record's sources and, when the
 *       record names targets (or actors marked SRC/TAR), its target country is one of them. At the
 *       "root" level the type alone must match. Countries compare as ISO3 codes (IGO, NGO as such).
 *   <li>CAMEO manual examples: one expected code a sentence, no actors; the record is correct when
 *       some produced event has the exact code, correct at the root when some has its root.
 * </ul>
 */
public final class Evaluator {
  private final DataPack pack;
  private final Coder phoenix;
  private final Optional<BiFunction<List<Article>, ParseSelector, List<ParsedDocument>>> parser;
  private final Countries countries;
  private Coder validate;

  /**
   * @param phoenix the coder with the Phoenix dictionaries and Parley's additions
   * @param parser Parley's NLP stage, for the suites without stored parses: it parses the articles
   *     given, running the dependency parse over the sentences the selector given (the suite's
   *     coder's) chooses; empty to run only the stored-parse suites
   */
  public Evaluator(
      DataPack pack,
      Coder phoenix,
      Optional<BiFunction<List<Article>, ParseSelector, List<ParsedDocument>>> parser) {
    this.pack = Objects.requireNonNull(pack, "pack");
    this.phoenix = Objects.requireNonNull(phoenix, "phoenix");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.countries = Countries.read(pack);
  }

  /** The coder with the PETR.Validate.* dictionaries, loaded on first use. */
  synchronized Coder validateCoder() {
    if (validate == null) {
      String dir = "gold/petrarch-unit-tests/PETR.Validate.";
      validate =
          new Coder(
              Dictionaries.load(
                  pack,
                  List.of(pack.require(dir + "actors.txt")),
                  List.of(pack.require(dir + "agents.txt")),
                  List.of(pack.require(dir + "verbs.txt")),
                  List.of(pack.require(dir + "discards.txt")),
                  List.of(),
                  List.of()),
              true);
    }
    return validate;
  }

  /** Runs {@code suite}, all records or those whose ids are in {@code only} (when not empty). */
  public SuiteResult run(Suite suite, Set<String> only) {
    if (suite.needsParser() && parser.isEmpty()) {
      throw new IllegalStateException(
          "suite " + suite.id() + " needs Parley's parser, and none was given");
    }
    long t0 = System.nanoTime();
    List<Diagnostic> problems = new ArrayList<>();
    GoldSuites.SuiteData data = GoldSuites.load(pack, suite, problems::add);
    List<GoldRecord> records = new ArrayList<>(data.records());
    if (!only.isEmpty()) {
      records.removeIf(r -> !only.contains(r.id()));
    }
    Coder coder =
        suite.dictionaries() == Suite.Dictionaries.PETRARCH_VALIDATE ? validateCoder() : phoenix;
    List<Optional<ParsedDocument>> docs = new ArrayList<>();
    List<Optional<String>> refusals = new ArrayList<>();
    if (suite.needsParser()) {
      List<Article> articles = records.stream().map(Evaluator::article).toList();
      // Parsed where the suite's coder (its dictionaries) can use the parse.
      for (ParsedDocument d : parser.get().apply(articles, coder.parseSelector())) {
        docs.add(Optional.of(d));
        refusals.add(Optional.empty());
      }
    } else {
      for (GoldRecord r : records) {
        try {
          docs.add(Optional.of(StoredParses.document(r, suite.parses())));
          refusals.add(Optional.empty());
        } catch (IllegalArgumentException e) {
          docs.add(Optional.empty());
          refusals.add(Optional.of("stored parse refused: " + e.getMessage()));
          problems.add(
              Diagnostic.warning(
                  pack.require(suite.file()).toString(),
                  r.id(),
                  refusals.get(refusals.size() - 1).get()));
        }
      }
    }
    List<RecordOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      GoldRecord r = records.get(i);
      Optional<CodedDocument> coded = docs.get(i).map(coder::code);
      outcomes.add(score(suite, r, coded, refusals.get(i)));
    }
    return new SuiteResult(
        suite, outcomes, problems, data.skipped(), (System.nanoTime() - t0) / 1e9);
  }

  /** A gold record as an article of one sentence, dated by the record. */
  static Article article(GoldRecord r) {
    String body = r.text().strip().replaceAll("\\s+", " ");
    Optional<DateValue> published = r.date().map(DateValue::of);
    return new Article(
        r.id(),
        "gold " + r.id(),
        Optional.empty(),
        Optional.empty(),
        published,
        published.isPresent() ? "record" : "unknown",
        Optional.of("en"),
        Optional.empty(),
        Optional.empty(),
        body,
        ContentHash.sha256(body),
        List.of());
  }

  RecordOutcome score(
      Suite suite, GoldRecord r, Optional<CodedDocument> coded, Optional<String> refused) {
    List<Event> events = coded.map(CodedDocument::events).orElse(List.of());
    return switch (suite) {
      case PLOVER_GSR -> scorePlover(r, events, coded, refused);
      case CAMEO_MANUAL_EXAMPLES -> scoreCameo(r, events, coded, refused);
      default -> scoreTriples(r, events, coded, refused);
    };
  }

  private RecordOutcome scoreTriples(
      GoldRecord r, List<Event> events, Optional<CodedDocument> coded, Optional<String> refused) {
    // PETRARCH's default; the UniversalPetrarch records set no options and expect events with no
    // target ("IGOCOPITP ---"), so there the default is off.
    boolean requireDyad = r.flag("require_dyad", !r.config().isEmpty());
    List<GoldEvent> produced = new ArrayList<>();
    for (Event e : events) {
      if (requireDyad && e.target().isEmpty()) {
        continue;
      }
      produced.add(
          new GoldEvent(
              petrarchCode(e.source()),
              e.target().map(Evaluator::petrarchCode).orElse(null),
              e.type().cameoCode()));
    }
    List<GoldEvent> expected = r.expected();
    int matched = matches(expected, produced);
    int matchedRoot =
        matches(
            expected.stream().map(GoldEvent::atRoot).toList(),
            produced.stream().map(GoldEvent::atRoot).toList());
    boolean correct = matched == expected.size() && matched == produced.size();
    return new RecordOutcome(
        r, expected, produced, coded, refused, matched, matchedRoot, correct, Optional.empty());
  }

  private RecordOutcome scoreCameo(
      GoldRecord r, List<Event> events, Optional<CodedDocument> coded, Optional<String> refused) {
    String code = r.expected().get(0).code();
    String root = code.substring(0, 2);
    List<GoldEvent> produced = new ArrayList<>();
    for (Event e : events) {
      produced.add(
          new GoldEvent(
              petrarchCode(e.source()),
              e.target().map(Evaluator::petrarchCode).orElse(null),
              e.type().cameoCode()));
    }
    boolean full = produced.stream().anyMatch(g -> g.code().equals(code));
    boolean atRoot = produced.stream().anyMatch(g -> g.code().startsWith(root));
    return new RecordOutcome(
        r,
        r.expected(),
        produced,
        coded,
        refused,
        full ? 1 : 0,
        atRoot ? 1 : 0,
        full,
        Optional.empty());
  }

  private RecordOutcome scorePlover(
      GoldRecord r, List<Event> events, Optional<CodedDocument> coded, Optional<String> refused) {
    PloverGold gold = r.plover().orElseThrow();
    String wanted = currentPloverType(gold.type());
    List<String> sources = gold.sources().stream().map(a -> iso(a.code())).toList();
    List<String> targets =
        new ArrayList<>(gold.targets().stream().map(a -> iso(a.code())).toList());
    for (GoldActor a : gold.sources()) {
      if (a.alsoTarget()) {
        targets.add(iso(a.code()));
      }
    }
    List<GoldEvent> produced = new ArrayList<>();
    boolean typeDyad = false;
    boolean type = false;
    Optional<Boolean> mode = gold.mode().isEmpty() ? Optional.empty() : Optional.of(Boolean.FALSE);
    for (Event e : events) {
      String t = e.type().ploverType().orElse("");
      String src = country(e.source());
      String tgt = e.target().map(this::country).orElse(GoldEvent.NONE);
      produced.add(new GoldEvent(src, tgt, t));
      if (!t.equals(wanted)) {
        continue;
      }
      type = true;
      if (mode.isPresent() && e.type().ploverMode().orElse("").equals(gold.mode())) {
        mode = Optional.of(Boolean.TRUE);
      }
      boolean srcOk = sources.contains(src);
      boolean tgtOk = targets.isEmpty() || targets.contains(tgt);
      typeDyad |= srcOk && tgtOk;
    }
    GoldEvent expected =
        new GoldEvent(
            String.join("|", sources),
            targets.isEmpty() ? null : String.join("|", targets),
            gold.type());
    return new RecordOutcome(
        r,
        List.of(expected),
        produced,
        coded,
        refused,
        typeDyad ? 1 : 0,
        type ? 1 : 0,
        typeDyad,
        mode);
  }

  /**
   * The PLOVER gold records are PLOVER 0.5b1 (2016), whose DEMAND, DISAPPROVE, INVESTIGATE and
   * FIGHT the current PLOVER (the pack's codebook, and so Parley's output) names REQUEST, ACCUSE
   * (mode disapprove), ACCUSE (mode investigate) and ASSAULT; the other types kept their names.
   */
  static String currentPloverType(String goldType) {
    return switch (goldType) {
      case "DEMAND" -> "REQUEST";
      case "DISAPPROVE", "INVESTIGATE" -> "ACCUSE";
      case "FIGHT" -> "ASSAULT";
      default -> goldType;
    };
  }

  /** Multiset intersection size. */
  static int matches(List<GoldEvent> expected, List<GoldEvent> produced) {
    Map<GoldEvent, Integer> left = new HashMap<>();
    for (GoldEvent e : expected) {
      left.merge(e, 1, Integer::sum);
    }
    int n = 0;
    for (GoldEvent p : produced) {
      Integer k = left.get(p);
      if (k != null && k > 0) {
        left.put(p, k - 1);
        n++;
      }
    }
    return n;
  }

  /** An actor code as PETRARCH writes it: "---GOV" for an agent with no country. */
  static String petrarchCode(EventParticipant p) {
    ActorCode c = p.code();
    return c.country().isPresent() ? c.code() : GoldEvent.NONE + c.code();
  }

  /**
   * The ISO3 country (or IGO, NGO, ...) of a participant, for PLOVER: a six-letter territory code
   * first, or a member state after its union ("SCGSRB" is Serbia, SRB), else its first three
   * letters.
   */
  private String country(EventParticipant p) {
    String c = p.code().code();
    if (c.length() >= 6) {
      Optional<String> territory = countries.findByCameo(c.substring(0, 6)).flatMap(x -> x.iso3());
      if (territory.isPresent()) {
        return territory.get();
      }
      // A state within a union, as Phoenix dates them: SCGSRB (Serbia in Serbia and Montenegro),
      // YUGSRB, SUNRUS. The gold names the member state.
      Optional<String> member =
          p.code().country().isPresent()
              ? countries.findByCameo(c.substring(3, 6)).flatMap(x -> x.iso3())
              : Optional.empty();
      if (member.isPresent()) {
        return member.get();
      }
    }
    return p.code().country().map(this::iso).orElse(GoldEvent.NONE);
  }

  private String iso(String code) {
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (c.length() > 3) {
      c = c.substring(0, 3);
    }
    return countries.findByCameo(c).flatMap(x -> x.iso3()).orElse(c);
  }
}

package org.parley.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.parley.model.Article;
import org.parley.model.CharSpan;
import org.parley.model.DatePrecision;
import org.parley.model.DateValue;
import org.parley.model.Dependency;
import org.parley.model.Diagnostic;
import org.parley.model.EntityMention;
import org.parley.model.ParseSelector;
import org.parley.model.ParsedDocument;
import org.parley.model.Quotation;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.Token;

/**
 * The NLP stage on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (coarse classes plus SUTime
 * dates) and the neural UD dependency parser, assembled once in {@link #create}; quotations come
 * from {@link QuoteFinder}, which unlike CoreNLP's quote annotator follows quotes over paragraph
 * breaks.
 *
 * <p>Models load once per process: CoreNLP keeps loaded annotators in a static pool keyed by their
 * properties, and dependency parsers in a cache keyed by model, so a second parser with the same
 * options costs nothing. The dependency parser (CoreNLP's neural {@code nndep} parser, the one its
 * {@code depparse} annotator runs) is called directly, not through the annotator: the annotator
 * makes five graphs of each parse and Parley reads only the basic one, which is made here the same
 * way. It is run over the sentences within {@link NlpOptions#maxSentenceTokens} only, because it
 * has no length limit of its own (POS and NER get theirs through {@code pos.maxlen} and {@code
 * ner.maxlen}), and of those only over the ones a {@link ParseSelector} chooses (all by default):
 * the parse is the costliest step, and the coder can use it in few sentences. A sentence not parsed
 * keeps its tokens, tags and time expressions and has no dependency edges (a bare weekday or month
 * name in it is dated without the tense of its verb, see {@link CalendarNames}); the document's
 * provenance says how many were parsed.
 *
 * <p>Thread safety: a parser may be shared by threads. It holds no mutable state, each call works
 * on its own CoreNLP {@code Annotation}, and the annotators used are the ones CoreNLP itself shares
 * between worker threads in {@code StanfordCoreNLP.annotate(Iterable, int)} and in its server.
 * {@link #parseAll} does this with {@link NlpOptions#threads} workers. The one piece of state
 * CoreNLP does carry between documents, SUTime's past/future tag on its shared weekday and month
 * values (CoreNLP issue #1061), is kept out of the dates of bare weekday and month names, which
 * {@link CalendarNames} dates from their own sentence and the publication day. Bare season names
 * and "weekend" still carry it (a year, at most a month, either way).
 */
public final class CoreNlpParser {
  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

  private final NlpOptions options;
  private final StanfordCoreNLP pipeline;
  private final Optional<DependencyParser> dependencyParser;
  private final ParseSelector selector;
  private final Map<String, String> provenance;

  private CoreNlpParser(
      NlpOptions options,
      StanfordCoreNLP pipeline,
      Optional<DependencyParser> dependencyParser,
      ParseSelector selector,
      Map<String, String> provenance) {
    this.options = options;
    this.pipeline = pipeline;
    this.dependencyParser = dependencyParser;
    this.selector = selector;
    this.provenance = provenance;
  }

  /**
   * Builds the pipeline and loads its models (several seconds the first time in a process); every
   * sentence within the length cap is parsed.
   */
  public static CoreNlpParser create(NlpOptions options) {
    return create(options, ParseSelector.ALL);
  }

  /**
   * Builds the pipeline and loads its models; the dependency parse is run over the sentences {@code
   * selector} chooses (within the length cap).
   */
  public static CoreNlpParser create(NlpOptions options, ParseSelector selector) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(selector, "selector");
    requireModel(options.dependencyModel());
    Properties props = properties(options);
    // read before construction: StanfordCoreNLP drops "ssplit" from the list it is given (tokenize
    // splits)
    String annotators =
        props.getProperty("annotators") + (options.dependencies() ? ",depparse" : "");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    Optional<DependencyParser> dependencyParser = Optional.empty();
    if (options.dependencies()) {
      // The parser itself, not CoreNLP's depparse annotator: the annotator makes five graphs of
      // each parse (basic, collapsed, CC-processed, enhanced, enhanced++), and Parley reads only
      // the basic one. Loaded with the properties the annotator gives it, from CoreNLP's cache.
      Properties dep = new Properties();
      dep.setProperty("model", options.dependencyModel());
      dependencyParser =
          Optional.of(DependencyParser.loadFromModelFile(options.dependencyModel(), dep));
    }
    Map<String, String> prov = new LinkedHashMap<>();
    prov.put("corenlp.version", coreNlpVersion());
    prov.put("annotators", annotators);
    prov.put("quotations", options.quotations() ? "parley QuoteFinder" : "off");
    for (String key :
        List.of(
            "tokenize.options",
            "ssplit.newlineIsSentenceBreak",
            "ner.model",
            "ner.applyFineGrained",
            "ner.useSUTime",
            "pos.maxlen",
            "ner.maxlen")) {
      if (props.getProperty(key) != null) {
        prov.put(key, props.getProperty(key));
      }
    }
    if (options.dependencies()) {
      prov.put("depparse.model", options.dependencyModel());
      prov.put("depparse.graphs", "basic");
      prov.put("depparse.sentences", selector.describe());
    }
    prov.put("parley.maxSentenceTokens", Integer.toString(options.maxSentenceTokens()));
    return new CoreNlpParser(options, pipeline, dependencyParser, selector, Map.copyOf(prov));
  }

  /** The CoreNLP properties for {@code options}; public so runs can record and reproduce them. */
  public static Properties properties(NlpOptions options) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("tokenize.language", "en");
    // invertible keeps each token's original text and offsets (Token.word is the original text).
    // Directed
    // unicode quotes, because with the default ascii form a closing straight quote at the end of a
    // line is
    // split off as a sentence of its own.
    // splitHyphenated=false keeps hyphenated names whole ("Moon Jae-in", "Kim Jong-un"): split, the
    // parser
    // reads "-in" and "-un" as words of their own and misparses the whole sentence around them.
    p.setProperty("tokenize.options", "invertible=true,quotes=unicode,splitHyphenated=false");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("pos.maxlen", Integer.toString(options.maxSentenceTokens()));
    p.setProperty("ner.maxlen", Integer.toString(options.maxSentenceTokens()));
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", Boolean.toString(options.timeExpressions()));
    p.setProperty("ner.buildEntityMentions", "true");
    // The first of CoreNLP's three default NER models only: the coder reads PERSON, ORGANIZATION
    // and
    // LOCATION, which this model has priority for in CoreNLP's default combination; the CoNLL MISC
    // and MUC 7-class models added a tenth of all CPU time and changed no event on the gold suites,
    // the seeds or the bench corpus (docs/BENCHMARKS.md). Dates, times and numbers still come from
    // SUTime and CoreNLP's numeric rules.
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    return p;
  }

  public NlpOptions options() {
    return options;
  }

  /** What every document's provenance records about this parser (versions, options, selector). */
  public Map<String, String> provenance() {
    return provenance;
  }

  /** Parses one article; problems with its text are reported in the document's provenance only. */
  public ParsedDocument parse(Article article) {
    return parse(article, d -> {});
  }

  /**
   * Parses one article. Never throws because of the text: a sentence over the length cap is parsed
   * without POS/NER/dependencies and reported as a warning; a CoreNLP failure is reported as an
   * error and gives a document without sentences.
   */
  public ParsedDocument parse(Article article, Consumer<Diagnostic> diagnostics) {
    return parse(article, selector, diagnostics);
  }

  /**
   * Parses one article, running the dependency parse over the sentences {@code selector} chooses
   * instead of this parser's own selector: for a coder with other dictionaries than the ones it was
   * built for.
   */
  public ParsedDocument parse(
      Article article, ParseSelector selector, Consumer<Diagnostic> diagnostics) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(diagnostics, "diagnostics");
    Map<String, String> prov = new LinkedHashMap<>(provenance);
    if (dependencyParser.isPresent()) {
      prov.put("depparse.sentences", selector.describe());
    }
    String body = article.body();
    boolean wrapped = LineWrapping.isHardWrapped(body);
    prov.put("lineWrapping", wrapped ? "hard-wrapped" : "paragraph-per-line");
    Optional<DateValue> docDate =
        article.published().filter(d -> d.precision() == DatePrecision.DAY);
    prov.put("docDate", docDate.map(DateValue::value).orElse("none"));
    if (body.isBlank()) {
      return new ParsedDocument(article, List.of(), List.of(), List.of(), prov);
    }
    Annotation doc = new Annotation(wrapped ? LineWrapping.unwrap(body) : body);
    docDate.ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.value()));
    List<CoreMap> overCap = new ArrayList<>();
    // by sentence index: CoreMap.equals compares whole annotations, too costly for List.contains
    BitSet capped = new BitSet();
    List<QuoteFinder.Found> quotes = List.of();
    List<List<Token>> tokens = List.of();
    int parsed = 0;
    try {
      pipeline.annotate(doc);
      List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
      for (int i = 0; i < sentences.size(); i++) {
        CoreMap s = sentences.get(i);
        if (s.get(CoreAnnotations.TokensAnnotation.class).size() > options.maxSentenceTokens()) {
          overCap.add(s);
          capped.set(i);
        }
      }
      // Quotations are found on the text alone, before the parse, so that the selector can keep
      // the sentences their speakers are read from.
      quotes =
          options.quotations()
              ? QuoteFinder.find(doc.get(CoreAnnotations.TextAnnotation.class))
              : List.of();
      tokens = tokens(body, sentences, capped);
      List<CoreMap> parseable = new ArrayList<>();
      if (dependencyParser.isPresent()) {
        BitSet chosen = selector.select(tokens, quoted(quotes, sentences));
        for (int i = 0; i < sentences.size(); i++) {
          CoreMap s = sentences.get(i);
          if (chosen.get(i) && !capped.get(i)) {
            parseable.add(s);
          }
        }
      }
      parsed = parseable.size();
      for (CoreMap s : parseable) {
        s.set(
            SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
            basicDependencies(dependencyParser.get(), s));
      }
    } catch (RuntimeException e) {
      // CoreNLP signals trouble with unchecked exceptions; one bad article must not stop a batch.
      String reason = "CoreNLP failed: " + e;
      diagnostics.accept(Diagnostic.error(article.source(), article.id(), reason));
      prov.put("failure", reason);
      return new ParsedDocument(article, List.of(), List.of(), List.of(), prov);
    }
    for (CoreMap s : overCap) {
      int n = s.get(CoreAnnotations.TokensAnnotation.class).size();
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      diagnostics.accept(
          new Diagnostic(
              Diagnostic.Severity.WARNING,
              article.source(),
              article.id(),
              begin,
              "sentence of "
                  + n
                  + " tokens is over the cap of "
                  + options.maxSentenceTokens()
                  + ": no POS, NER or dependencies"));
    }
    prov.put("sentencesOverCap", Integer.toString(overCap.size()));
    prov.put("sentencesParsed", Integer.toString(parsed));
    return convert(article, doc, tokens, quotes, docDate, prov);
  }

  /**
   * The basic UD graph of one tagged sentence, made as CoreNLP's depparse annotator makes its
   * BasicDependenciesAnnotation (the parser is shared by threads there too).
   */
  static SemanticGraph basicDependencies(DependencyParser parser, CoreMap sentence) {
    GrammaticalStructure gs = parser.predict(sentence);
    return SemanticGraphFactory.makeFromTree(
        gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null);
  }

  /**
   * Each sentence's tokens with their tags (none for a sentence over the cap, which was not
   * tagged), in the model's form: made once, for the selector and the document.
   */
  private static List<List<Token>> tokens(String body, List<CoreMap> sentences, BitSet overCap) {
    List<List<Token>> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      boolean capped = overCap.get(i);
      List<CoreLabel> labels = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        CharSpan span = new CharSpan(l.beginPosition(), l.endPosition());
        tokens.add(
            new Token(
                l.index() - 1,
                span.of(body),
                capped ? null : l.lemma(),
                capped ? null : l.tag(),
                capped ? null : l.ner(),
                span));
      }
      out.add(List.copyOf(tokens));
    }
    return out;
  }

  /**
   * The sentences whose parse attributing {@code quotes} reads: those a quotation overlaps and the
   * one after it (a cue such as "he said" may follow the quotation's sentence).
   */
  private static BitSet quoted(List<QuoteFinder.Found> quotes, List<CoreMap> sentences) {
    BitSet out = new BitSet(sentences.size());
    for (QuoteFinder.Found q : quotes) {
      for (int i = 0; i < sentences.size(); i++) {
        CoreMap s = sentences.get(i);
        CharSpan span =
            new CharSpan(
                s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        if (span.overlaps(q.span())) {
          out.set(i);
          if (i + 1 < sentences.size()) {
            out.set(i + 1);
          }
        }
      }
    }
    return out;
  }

  /** Parses articles on {@link NlpOptions#threads} threads; results are in input order. */
  public List<ParsedDocument> parseAll(List<Article> articles, Consumer<Diagnostic> diagnostics) {
    return parseAll(articles, selector, diagnostics);
  }

  /** {@link #parseAll(List, Consumer)} with the dependency parse where {@code selector} chooses. */
  public List<ParsedDocument> parseAll(
      List<Article> articles, ParseSelector selector, Consumer<Diagnostic> diagnostics) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(diagnostics, "diagnostics");
    if (options.threads() == 1 || articles.size() < 2) {
      List<ParsedDocument> out = new ArrayList<>(articles.size());
      for (Article a : articles) {
        out.add(parse(a, selector, diagnostics));
      }
      return out;
    }
    Consumer<Diagnostic> shared =
        d -> {
          synchronized (diagnostics) {
            diagnostics.accept(d);
          }
        };
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try {
      List<Future<ParsedDocument>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> parse(a, selector, shared)));
      }
      List<ParsedDocument> out = new ArrayList<>(articles.size());
      for (Future<ParsedDocument> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("parser worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static ParsedDocument convert(
      Article article,
      Annotation doc,
      List<List<Token>> sentenceTokens,
      List<QuoteFinder.Found> quotes,
      Optional<DateValue> docDate,
      Map<String, String> prov) {
    Optional<LocalDate> published = docDate.map(d -> LocalDate.parse(d.value()));
    String body = article.body();
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<List<TimeExpression>> times = new ArrayList<>();
    for (int i = 0; i < coreSentences.size(); i++) {
      times.add(new ArrayList<>());
    }
    List<EntityMention> entities = new ArrayList<>();
    List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
    for (CoreMap m : mentions == null ? List.<CoreMap>of() : mentions) {
      List<CoreLabel> toks = m.get(CoreAnnotations.TokensAnnotation.class);
      Integer sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
      if (toks == null || toks.isEmpty() || sentence == null) {
        continue;
      }
      int start = toks.get(0).index() - 1;
      int end = toks.get(toks.size() - 1).index();
      CharSpan span =
          new CharSpan(toks.get(0).beginPosition(), toks.get(toks.size() - 1).endPosition());
      String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
      if (type == null) {
        type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      }
      if (type == null) {
        continue;
      }
      entities.add(new EntityMention(sentence, start, end, type, span.of(body), span));
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex != null || TEMPORAL.contains(type)) {
        Optional<DateValue> value =
            timex == null ? Optional.empty() : TimexDates.findDate(timex.value());
        if (timex != null
            && published.isPresent()
            && ("DATE".equals(type) || "TIME".equals(type))) {
          // SUTime's own reading of a bare weekday or month depends on earlier documents; a
          // weekday with a part of the day ("Friday evening") is a TIME and carries the same
          CoreMap s = coreSentences.get(sentence);
          Optional<DateValue> own =
              CalendarNames.date(
                  s.get(CoreAnnotations.TokensAnnotation.class),
                  s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
                  start,
                  end,
                  published.get());
          if (own.isPresent()) {
            value = own;
          }
        }
        times
            .get(sentence)
            .add(new TimeExpression(sentence, start, end, span.of(body), span, value));
      }
    }
    for (CoreMap s : coreSentences) {
      int index = s.get(CoreAnnotations.SentenceIndexAnnotation.class);
      List<Token> tokens = sentenceTokens.get(index);
      CharSpan span =
          new CharSpan(
              s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      sentences.add(
          new Sentence(
              index,
              span.of(body),
              span,
              tokens,
              dependencies(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
              times.get(index)));
    }
    List<Quotation> quotations = new ArrayList<>();
    for (QuoteFinder.Found q : quotes) {
      quotation(q, sentences).ifPresent(quotations::add);
    }
    return new ParsedDocument(article, sentences, entities, quotations, prov);
  }

  private static List<Dependency> dependencies(SemanticGraph graph) {
    if (graph == null) {
      return List.of();
    }
    List<Dependency> out = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      out.add(new Dependency(-1, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      out.add(
          new Dependency(
              e.getGovernor().index() - 1,
              e.getDependent().index() - 1,
              e.getRelation().toString()));
    }
    out.sort(Comparator.comparingInt(Dependency::dependent));
    return out;
  }

  /**
   * The quotation with the sentences it overlaps; empty if it lies in none (cannot happen for real
   * text).
   */
  private static Optional<Quotation> quotation(QuoteFinder.Found q, List<Sentence> sentences) {
    int first = -1;
    int last = -1;
    for (Sentence s : sentences) {
      if (s.span().overlaps(q.span())) {
        first = first < 0 ? s.index() : first;
        last = s.index();
      }
    }
    return first < 0
        ? Optional.empty()
        : Optional.of(new Quotation(q.text(), q.span(), first, last));
  }

  /**
   * Fails at start, not at the first article, when the parser model is neither on the classpath nor
   * a file.
   */
  private static void requireModel(String model) {
    if (CoreNlpParser.class.getClassLoader().getResource(model) == null
        && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(model))) {
      throw new IllegalArgumentException(
          "dependencyModel '"
              + model
              + "' is neither on the classpath nor a file; the models jar holds "
              + NlpOptions.ENGLISH_UD
              + " and edu/stanford/nlp/models/parser/nndep/english_SD.gz");
    }
  }

  /** The CoreNLP version on the classpath (recorded with every run). */
  public static String coreNlpVersion() {
    try (InputStream in = CoreNlpParser.class.getResourceAsStream("corenlp.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("corenlp.version");
        if (v != null && !v.startsWith("$")) {
          return v;
        }
      }
    } catch (IOException e) {
      // fall through to the jar manifest, which is lost only when CoreNLP is shaded
    }
    String v = StanfordCoreNLP.class.getPackage().getImplementationVersion();
    return v == null ? "unknown" : v;
  }
}

package org.parley.coding;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.coding.dictionary.ActorDictionary;
import org.parley.coding.dictionary.ActorEntry;
import org.parley.coding.dictionary.AgentDictionary;
import org.parley.coding.dictionary.DiscardDictionary;
import org.parley.coding.dictionary.GazetteerActors;
import org.parley.coding.dictionary.VerbDictionary;
import org.parley.coding.event.NounDictionary;
import org.parley.coding.event.PredicateDictionary;
import org.parley.gazetteer.Gazetteer;
import org.parley.model.Diagnostic;
import org.parley.ontology.CameoCodebook;
import org.parley.ontology.Countries;
import org.parley.ontology.DataPack;
import org.parley.ontology.PloverTypes;

/**
 * Every dictionary and codebook one coder uses, loaded once, with the SHA-256 of each file so a run
 * can say exactly what it coded with. Parley's own additions ({@code dictionaries/Parley.*.txt})
 * load after the pack's files, so their entries win; then the gazetteer's seats of government
 * ({@code seats.tsv}: "the Kremlin" is RUSGOV), and last, only where no file has the phrase, its
 * country names, demonyms and capitals ({@code countries.tsv}). The hashes include those two
 * tables.
 */
public final class Dictionaries {
  private final ActorDictionary actors;
  private final AgentDictionary agents;
  private final VerbDictionary verbs;
  private final DiscardDictionary discards;
  private final NounDictionary nouns;
  private final PredicateDictionary predicates;
  private final CameoCodebook codebook;
  private final Countries countryNames;
  private final PloverTypes ploverTypes;
  private final Map<String, String> fileHashes;

  private Dictionaries(
      ActorDictionary actors,
      AgentDictionary agents,
      VerbDictionary verbs,
      DiscardDictionary discards,
      NounDictionary nouns,
      PredicateDictionary predicates,
      CameoCodebook codebook,
      Countries countryNames,
      PloverTypes ploverTypes,
      Map<String, String> fileHashes) {
    this.actors = actors;
    this.agents = agents;
    this.verbs = verbs;
    this.discards = discards;
    this.nouns = nouns;
    this.predicates = predicates;
    this.codebook = codebook;
    this.countryNames = countryNames;
    this.ploverTypes = ploverTypes;
    this.fileHashes = Map.copyOf(fileHashes);
  }

  /** The Phoenix dictionaries of the pack plus Parley's additions. */
  public static Dictionaries phoenix(DataPack pack) {
    Path ph = pack.phoenix();
    List<Path> actorFiles =
        new ArrayList<>(
            List.of(
                ph.resolve("Phoenix.Countries.actors.txt"),
                ph.resolve("Phoenix.International.actors.txt"),
                ph.resolve("Phoenix.MilNonState.actors.txt")));
    List<Path> agentFiles = new ArrayList<>(List.of(ph.resolve("Phoenix.agents.txt")));
    List<Path> verbFiles = new ArrayList<>(List.of(ph.resolve("CAMEO.2.0.txt")));
    List<Path> discardFiles = new ArrayList<>(List.of(ph.resolve("Phoenix.discards.txt")));
    List<Path> nounFiles = new ArrayList<>();
    List<Path> predicateFiles = new ArrayList<>();
    pack.additions()
        .ifPresent(
            dir -> {
              addIfPresent(actorFiles, dir.resolve("Parley.actors.txt"));
              addIfPresent(agentFiles, dir.resolve("Parley.agents.txt"));
              addIfPresent(verbFiles, dir.resolve("Parley.verbs.txt"));
              addIfPresent(nounFiles, dir.resolve("Parley.nouns.txt"));
              addIfPresent(discardFiles, dir.resolve("Parley.discards.txt"));
              addIfPresent(predicateFiles, dir.resolve("Parley.predicates.txt"));
            });
    return load(
        pack,
        actorFiles,
        agentFiles,
        verbFiles,
        discardFiles,
        nounFiles,
        predicateFiles,
        Optional.of(Gazetteer.shared()));
  }

  /**
   * Exactly the given files (e.g. the PETR.Validate.* test dictionaries), with the pack's codebook.
   */
  public static Dictionaries load(
      DataPack pack,
      List<Path> actorFiles,
      List<Path> agentFiles,
      List<Path> verbFiles,
      List<Path> discardFiles,
      List<Path> nounFiles,
      List<Path> predicateFiles) {
    return load(
        pack,
        actorFiles,
        agentFiles,
        verbFiles,
        discardFiles,
        nounFiles,
        predicateFiles,
        Optional.empty());
  }

  /**
   * As {@link #load(DataPack, List, List, List, List, List, List)}, with actor entries from the
   * gazetteer when one is given: its seats of government after the actor files (so they win, as
   * Parley's own additions do), its country names, demonyms and capitals as the lowest priority,
   * only for phrases no file defines (see {@link GazetteerActors}).
   */
  private static Dictionaries load(
      DataPack pack,
      List<Path> actorFiles,
      List<Path> agentFiles,
      List<Path> verbFiles,
      List<Path> discardFiles,
      List<Path> nounFiles,
      List<Path> predicateFiles,
      Optional<Gazetteer> gazetteer) {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (List<Path> group :
        List.of(actorFiles, agentFiles, verbFiles, discardFiles, nounFiles, predicateFiles)) {
      for (Path p : group) {
        hashes.put(p.getFileName().toString(), sha256(p));
      }
    }
    // ICEWS's list alone: the Phoenix country blocks also list capitals ("+SEOUL_"), which are
    // metonyms, not names of the country.
    Countries countryNames =
        Countries.read(pack.require("dictionaries/icews/countrynames.txt"), Optional.empty());
    List<ActorEntry> seats = List.of();
    List<ActorEntry> countries = List.of();
    if (gazetteer.isPresent()) {
      seats = GazetteerActors.seats(gazetteer.get());
      countries = GazetteerActors.countries(gazetteer.get(), countryNames);
      for (String file : List.of(GazetteerActors.SEATS, GazetteerActors.COUNTRIES)) {
        hashes.put(file, sha256(Gazetteer.class, "/org/parley/gazetteer/" + file));
      }
    }
    return new Dictionaries(
        ActorDictionary.read(actorFiles, seats, countries),
        AgentDictionary.read(agentFiles),
        VerbDictionary.read(verbFiles),
        DiscardDictionary.read(discardFiles),
        NounDictionary.read(nounFiles),
        PredicateDictionary.read(predicateFiles),
        CameoCodebook.read(pack),
        countryNames,
        PloverTypes.read(pack),
        hashes);
  }

  private static void addIfPresent(List<Path> list, Path p) {
    if (Files.isRegularFile(p)) {
      list.add(p);
    }
  }

  static String sha256(Path p) {
    try (InputStream in = Files.newInputStream(p)) {
      return sha256(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read dictionary " + p + ": " + e.getMessage(), e);
    }
  }

  /** The SHA-256 of a class path resource (the gazetteer's tables). */
  static String sha256(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource + " on the class path");
      }
      return sha256(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(InputStream in) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public ActorDictionary actors() {
    return actors;
  }

  public AgentDictionary agents() {
    return agents;
  }

  public VerbDictionary verbs() {
    return verbs;
  }

  public DiscardDictionary discards() {
    return discards;
  }

  public NounDictionary nouns() {
    return nouns;
  }

  public PredicateDictionary predicates() {
    return predicates;
  }

  public CameoCodebook codebook() {
    return codebook;
  }

  /**
   * Whether {@code text} is a country's own name ("Russia", "the United States", "U.S.") rather
   * than a place standing for it ("Moscow").
   */
  public boolean isCountryName(String text) {
    String t = text.strip().replaceFirst("(?i)^the\\s+", "");
    if (t.contains(".") || t.length() <= 4 && t.equals(t.toUpperCase(java.util.Locale.ROOT))) {
      return true; // "U.S.", "UK", "DPRK": abbreviations name countries, not places
    }
    return countryNames.findByName(t).isPresent();
  }

  /**
   * Whether the PLOVER manual says events of this type need a recipient (COOPERATE, AID, SANCTION).
   */
  public boolean requiresRecipient(String ploverType) {
    return ploverTypes.find(ploverType).map(t -> t.requiresRecipient()).orElse(false);
  }

  /** File name to SHA-256, in load order. */
  public Map<String, String> fileHashes() {
    return fileHashes;
  }

  /** Every located problem met while reading the dictionaries. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>();
    all.addAll(actors.diagnostics());
    all.addAll(agents.diagnostics());
    all.addAll(verbs.diagnostics());
    all.addAll(discards.diagnostics());
    all.addAll(nouns.diagnostics());
    all.addAll(predicates.diagnostics());
    all.addAll(codebook.diagnostics());
    return all;
  }

  /** Convenience for callers that may not have Parley's additions. */
  public Optional<String> hashOf(String fileName) {
    return Optional.ofNullable(fileHashes.get(fileName));
  }
}

package org.parley.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CAMEO actor code: an optional three-letter country or international code (KOR, IGO, ...)
 * followed by three-letter sector codes (GOV, MIL, MED, ...). "KORGOV" is country KOR, sector GOV;
 * "IGOUNO" is the international code IGO with UNO.
 */
public record ActorCode(String code) {
  public ActorCode {
    Objects.requireNonNull(code, "code");
    if (code.isEmpty()
        || code.length() % 3 != 0
        || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "actor code must be upper-case letters in groups of three: '" + code + "'");
    }
  }

  /** A code of sectors alone, for an actor whose country is not known ("GOV": ---GOV). */
  public static ActorCode ofSectors(List<String> sectors) {
    if (sectors.isEmpty()) {
      throw new IllegalArgumentException("sectors must not be empty");
    }
    return new ActorCode(String.join("", sectors));
  }

  /** The first three letters when they are a country or international code, else empty. */
  public Optional<String> country() {
    String first = code.substring(0, 3);
    // SUN is both CAMEO's Sunni and ISO 3166's Soviet Union, which Phoenix codes SUN (SUNGOV,
    // SUNRUS); no Phoenix or Parley dictionary puts the religion first, so first it is the state.
    if (first.equals(SOVIET_UNION)) {
      return Optional.of(first);
    }
    return Sectors.isSector(first) ? Optional.empty() : Optional.of(first);
  }

  private static final String SOVIET_UNION = "SUN";

  private static final java.util.Set<String> INTERNATIONAL =
      java.util.Set.of("IGO", "NGO", "NGM", "MNC");

  /**
   * Whether a code's first three letters are those of an international actor (IGO, NGO, NGM, MNC),
   * which stand where a country would and have no country of their own.
   */
  public static boolean isInternational(String firstThree) {
    return INTERNATIONAL.contains(firstThree);
  }

  /** The sector codes after the country, in order. */
  public List<String> sectors() {
    List<String> out = new ArrayList<>();
    int start = country().isPresent() ? 3 : 0;
    for (int i = start; i + 3 <= code.length(); i += 3) {
      out.add(code.substring(i, i + 3));
    }
    return out;
  }

  /** This code with the sector codes in {@code add} appended where not already present. */
  public ActorCode withSectors(List<String> add) {
    StringBuilder sb = new StringBuilder(code);
    List<String> have = new ArrayList<>(sectors());
    for (String s : add) {
      if (!have.contains(s)) {
        sb.append(s);
        have.add(s);
      }
    }
    return new ActorCode(sb.toString());
  }

  @Override
  public String toString() {
    return code;
  }

  /**
   * CAMEO's sector (agent) codes, which never stand first as a country. IGO, IMG, NGO, NGM and MNC
   * do stand first (IGOUNO, IMGMUSISI: CAMEO's international and transnational actors) and so are
   * not listed here.
   */
  public static final class Sectors {
    private static final java.util.Set<String> SECTORS =
        java.util.Set.of(
            "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM",
            "CVL", "AGR", "ELI", "HLH", "HRI", "LAB", "LEG", "REF", "REL", "MOD", "RAD", "UAF",
            "INS", "SEP", "ENV", "DEV", "AMN", "CHR", "BUD", "HIN", "JEW", "MOS", "SHI", "SUN",
            "CTH", "PRO", "ORT", "UNO", "PPL");

    private Sectors() {}

    public static boolean isSector(String three) {
      return SECTORS.contains(three);
    }
  }
}

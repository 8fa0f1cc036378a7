package org.parley.coding.place;

import java.util.Map;
import java.util.Optional;

/**
 * US postal abbreviations and their AP-style forms, which qualify US places in news ("Springfield,
 * Ill.", "Long Beach, CA") and appear nowhere in GeoNames' region names.
 */
final class UsStates {
  private UsStates() {}

  private static final Map<String, String> STATES =
      Map.ofEntries(
          Map.entry("al", "Alabama"),
          Map.entry("ala", "Alabama"),
          Map.entry("ak", "Alaska"),
          Map.entry("az", "Arizona"),
          Map.entry("ariz", "Arizona"),
          Map.entry("ar", "Arkansas"),
          Map.entry("ark", "Arkansas"),
          Map.entry("ca", "California"),
          Map.entry("calif", "California"),
          Map.entry("co", "Colorado"),
          Map.entry("colo", "Colorado"),
          Map.entry("ct", "Connecticut"),
          Map.entry("conn", "Connecticut"),
          Map.entry("de", "Delaware"),
          Map.entry("del", "Delaware"),
          Map.entry("dc", "Washington, D.C."),
          Map.entry("fl", "Florida"),
          Map.entry("fla", "Florida"),
          Map.entry("ga", "Georgia"),
          Map.entry("hi", "Hawaii"),
          Map.entry("id", "Idaho"),
          Map.entry("il", "Illinois"),
          Map.entry("ill", "Illinois"),
          Map.entry("in", "Indiana"),
          Map.entry("ind", "Indiana"),
          Map.entry("ia", "Iowa"),
          Map.entry("ks", "Kansas"),
          Map.entry("kan", "Kansas"),
          Map.entry("ky", "Kentucky"),
          Map.entry("la", "Louisiana"),
          Map.entry("me", "Maine"),
          Map.entry("md", "Maryland"),
          Map.entry("ma", "Massachusetts"),
          Map.entry("mass", "Massachusetts"),
          Map.entry("mi", "Michigan"),
          Map.entry("mich", "Michigan"),
          Map.entry("mn", "Minnesota"),
          Map.entry("minn", "Minnesota"),
          Map.entry("ms", "Mississippi"),
          Map.entry("miss", "Mississippi"),
          Map.entry("mo", "Missouri"),
          Map.entry("mt", "Montana"),
          Map.entry("mont", "Montana"),
          Map.entry("ne", "Nebraska"),
          Map.entry("neb", "Nebraska"),
          Map.entry("nv", "Nevada"),
          Map.entry("nev", "Nevada"),
          Map.entry("nh", "New Hampshire"),
          Map.entry("nj", "New Jersey"),
          Map.entry("nm", "New Mexico"),
          Map.entry("ny", "New York"),
          Map.entry("nc", "North Carolina"),
          Map.entry("nd", "North Dakota"),
          Map.entry("oh", "Ohio"),
          Map.entry("ok", "Oklahoma"),
          Map.entry("okla", "Oklahoma"),
          Map.entry("or", "Oregon"),
          Map.entry("ore", "Oregon"),
          Map.entry("pa", "Pennsylvania"),
          Map.entry("ri", "Rhode Island"),
          Map.entry("sc", "South Carolina"),
          Map.entry("sd", "South Dakota"),
          Map.entry("tn", "Tennessee"),
          Map.entry("tenn", "Tennessee"),
          Map.entry("tx", "Texas"),
          Map.entry("tex", "Texas"),
          Map.entry("ut", "Utah"),
          Map.entry("vt", "Vermont"),
          Map.entry("va", "Virginia"),
          Map.entry("wa", "Washington"),
          Map.entry("wash", "Washington"),
          Map.entry("wv", "West Virginia"),
          Map.entry("wi", "Wisconsin"),
          Map.entry("wis", "Wisconsin"),
          Map.entry("wy", "Wyoming"),
          Map.entry("wyo", "Wyoming"));

  /** The state a folded abbreviation ("ill", "ca") stands for. */
  static Optional<String> byAbbreviation(String folded) {
    return Optional.ofNullable(STATES.get(folded));
  }
}

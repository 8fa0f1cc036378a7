package org.parley.coding.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.coding.CoderFixture.mention;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.coding.Coder;
import org.parley.coding.CoderFixture;
import org.parley.coding.ParseBuilder;
import org.parley.model.ActorCode;
import org.parley.model.ActorMention;
import org.parley.model.CodedDocument;
import org.parley.model.ResolvedBy;

/** Actor resolution over hand-built UD parses, with the production dictionaries. */
class ActorResolverTest {
  private static Coder coder;

  @BeforeAll
  static void load() {
    coder = CoderFixture.coder();
  }

  private static final String PUTIN_VISITED_BEIJING =
      """
      # text = Vladimir Putin visited Beijing.
      1 Vladimir Vladimir NNP PERSON 2 compound
      2 Putin Putin NNP PERSON 3 nsubj
      3 visited visit VBD O 0 root
      4 Beijing Beijing NNP CITY 3 obj
      5 . . . O 3 punct
      """;

  @Test
  void resolvesADictionaryNameByTheArticleDate() {
    CodedDocument in2015 =
        coder.code(ParseBuilder.article("d", "2015-06-01").sentence(PUTIN_VISITED_BEIJING).build());
    ActorMention putin = mention(in2015, 0, "Vladimir Putin");
    assertThat(putin.code()).contains(new ActorCode("RUSGOV"));
    assertThat(putin.resolvedBy()).isEqualTo(ResolvedBy.DICTIONARY);
    assertThat(putin.kind()).isEqualTo("person");
    // Parley's additions load after Phoenix, so its VLADIMIR_PUTIN_ entry (with corrected dates)
    // wins.
    assertThat(putin.entries())
        .extracting(e -> e.file() + " " + e.entry())
        .containsExactly("Parley.actors.txt VLADIMIR_PUTIN_");

    CodedDocument in1995 =
        coder.code(ParseBuilder.article("d", "1995-06-01").sentence(PUTIN_VISITED_BEIJING).build());
    assertThat(mention(in1995, 0, "Vladimir Putin").code()).contains(new ActorCode("RUSELI"));
  }

  @Test
  void resolvesANameWithItsTitleAsOnePhrase() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2016-02-10")
                .sentence(
                    """
                    # text = Russian President Vladimir Putin arrived in Ankara.
                    1 Russian Russian JJ NATIONALITY 4 amod
                    2 President President NNP TITLE 4 compound
                    3 Vladimir Vladimir NNP PERSON 4 compound
                    4 Putin Putin NNP PERSON 5 nsubj
                    5 arrived arrive VBD O 0 root
                    6 in in IN O 7 case
                    7 Ankara Ankara NNP CITY 5 obl
                    8 . . . O 5 punct
                    """)
                .build());
    ActorMention putin = mention(doc, 0, "Russian President Vladimir Putin");
    assertThat(putin.code()).contains(new ActorCode("RUSGOV"));
    assertThat(putin.resolvedBy()).isEqualTo(ResolvedBy.DICTIONARY);
    assertThat(putin.entries())
        .extracting(e -> e.entry())
        .containsExactly("+RUSSIAN_PRESIDENT_VLADIMIR_PUTIN");
    assertThat(mention(doc, 0, "Ankara").code()).contains(new ActorCode("TUR"));
  }

  @Test
  void aRoleInARegionOfACountryBelongsToThatCountry() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2014-08-01")
                .sentence(
                    """
                    # text = Civilians in the Gaza Strip protested.
                    1 Civilians civilian NNS O 6 nsubj
                    2 in in IN O 5 case
                    3 the the DT O 5 det
                    4 Gaza Gaza NNP LOCATION 5 compound
                    5 Strip Strip NNP LOCATION 1 nmod
                    6 protested protest VBD O 0 root
                    7 . . . O 6 punct
                    """)
                .build());
    assertThat(mention(doc, 0, "Civilians").code().flatMap(ActorCode::country)).hasValue("PSE");
  }

  @Test
  void codesARoleNounByItsNationalityNotByThePlaceItServesIn() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2016-03-01")
                .sentence(
                    """
                    # text = The Russian ambassador in Tehran criticized Washington.
                    1 The the DT O 3 det
                    2 Russian Russian JJ NATIONALITY 3 amod
                    3 ambassador ambassador NN TITLE 6 nsubj
                    4 in in IN O 5 case
                    5 Tehran Tehran NNP CITY 3 nmod
                    6 criticized criticize VBD O 0 root
                    7 Washington Washington NNP CITY 6 obj
                    8 . . . O 6 punct
                    """)
                .build());
    ActorMention ambassador = mention(doc, 0, "The Russian ambassador");
    assertThat(ambassador.code()).contains(new ActorCode("RUSGOV"));
    assertThat(ambassador.resolvedBy()).isEqualTo(ResolvedBy.TITLE);
    assertThat(ambassador.reason()).isEqualTo("role 'ambassador' with nationality 'Russian'");
    assertThat(mention(doc, 0, "Tehran").code()).contains(new ActorCode("IRN"));
  }

  @Test
  void givesARoleTheCountryOfItsPossessor() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2016-03-01")
                .sentence(
                    """
                    # text = France's foreign minister arrived in Berlin.
                    1 France France NNP COUNTRY 4 nmod:poss
                    2 's 's POS O 1 case
                    3 foreign foreign JJ O 4 amod
                    4 minister minister NN TITLE 5 nsubj
                    5 arrived arrive VBD O 0 root
                    6 in in IN O 7 case
                    7 Berlin Berlin NNP CITY 5 obl
                    8 . . . O 5 punct
                    """)
                .build());
    ActorMention minister = mention(doc, 0, "foreign minister");
    assertThat(minister.code()).contains(new ActorCode("FRAGOV"));
    assertThat(minister.resolvedBy()).isEqualTo(ResolvedBy.TITLE);
    assertThat(minister.reason()).isEqualTo("role 'foreign minister' with possessor 'France'");
    // The possessor is an actor in its own right; its mention is the name without the possessive
    // marker.
    ActorMention france = mention(doc, 0, "France");
    assertThat(france.code()).contains(new ActorCode("FRA"));
    assertThat(france.resolvedBy()).isEqualTo(ResolvedBy.DICTIONARY);
  }

  @Test
  void readsACapitalAsItsCountryByMetonymy() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2017-08-01")
                .sentence(
                    """
                    # text = Pyongyang condemned the drills.
                    1 Pyongyang Pyongyang NNP CITY 2 nsubj
                    2 condemned condemn VBD O 0 root
                    3 the the DT O 4 det
                    4 drills drill NNS O 2 obj
                    5 . . . O 2 punct
                    """)
                .build());
    ActorMention pyongyang = mention(doc, 0, "Pyongyang");
    // A capital is a synonym of its country in Phoenix (+PYONGYANG_ under NORTH_KOREA_); tagged as
    // a city it is a
    // metonym, which is the reasonable reading: the country, not a sector of it, since the text
    // names none.
    assertThat(pyongyang.code()).contains(new ActorCode("PRK"));
    assertThat(pyongyang.resolvedBy()).isEqualTo(ResolvedBy.METONYMY);
    assertThat(pyongyang.kind()).isEqualTo("place");
    assertThat(pyongyang.entries()).extracting(e -> e.entry()).containsExactly("+PYONGYANG_");
  }

  @Test
  void readsASeatOfGovernmentAsTheGovernment() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2017-08-01")
                .sentence(
                    """
                    # text = The Kremlin rejected the proposal.
                    1 The the DT O 2 det
                    2 Kremlin Kremlin NNP ORGANIZATION 3 nsubj
                    3 rejected reject VBD O 0 root
                    4 the the DT O 5 det
                    5 proposal proposal NN O 3 obj
                    6 . . . O 3 punct
                    """)
                .build());
    ActorMention kremlin = mention(doc, 0, "The Kremlin");
    assertThat(kremlin.code()).contains(new ActorCode("RUSGOV"));
    assertThat(kremlin.resolvedBy()).isEqualTo(ResolvedBy.METONYMY);
    assertThat(kremlin.entries()).extracting(e -> e.file()).containsExactly("seats.tsv");
  }

  /** One sentence "NAME said." with NAME's tokens tagged {@code ner}. */
  private static CodedDocument said(String date, String ner, String... name) {
    StringBuilder conllu = new StringBuilder("# text = " + String.join(" ", name) + " said.\n");
    int head = name.length;
    for (int i = 0; i < name.length; i++) {
      String rel = i == head - 1 ? (head + 1) + " nsubj" : head + " compound";
      conllu.append(i + 1).append(' ').append(name[i]).append(' ').append(name[i]);
      conllu.append(" NNP ").append(ner).append(' ').append(rel).append('\n');
    }
    conllu.append(head + 1).append(" said say VBD O 0 root\n");
    conllu.append(head + 2).append(" . . . O ").append(head + 1).append(" punct\n");
    return coder.code(ParseBuilder.article("d", date).sentence(conllu.toString()).build());
  }

  @Test
  void readsACapitalAsItsCountry() {
    ActorMention pyongyang = mention(said("2019-02-01", "CITY", "Pyongyang"), 0, "Pyongyang");
    assertThat(pyongyang.code()).contains(new ActorCode("PRK"));
    assertThat(pyongyang.resolvedBy()).isEqualTo(ResolvedBy.METONYMY);
  }

  @Test
  void readsACapitalThePhoenixDictionariesLackFromTheGazetteer() {
    // Myanmar's capital since 2006: Phoenix has only Rangoon/Yangon; the gazetteer's country table
    // (world-countries) names Naypyidaw.
    ActorMention naypyidaw = mention(said("2021-02-01", "CITY", "Naypyidaw"), 0, "Naypyidaw");
    assertThat(naypyidaw.code()).contains(new ActorCode("MMR"));
    assertThat(naypyidaw.resolvedBy()).isEqualTo(ResolvedBy.METONYMY);
    assertThat(naypyidaw.entries())
        .extracting(e -> e.file() + " " + e.entry())
        .containsExactly("countries.tsv +NAYPYIDAW_");
  }

  @Test
  void readsEverySeatOfTheGazetteerAsItsGovernment() {
    ActorMention cheongWaDae =
        mention(said("2018-04-01", "ORGANIZATION", "Cheong", "Wa", "Dae"), 0, "Cheong Wa Dae");
    assertThat(cheongWaDae.code()).contains(new ActorCode("KORGOV"));
    assertThat(cheongWaDae.resolvedBy()).isEqualTo(ResolvedBy.METONYMY);
    assertThat(cheongWaDae.entries())
        .extracting(e -> e.file() + " " + e.entry())
        .containsExactly("seats.tsv CHEONG_WA_DAE_");
    assertThat(cheongWaDae.entries().get(0).line()).isPositive();

    ActorMention pentagon = mention(said("2018-04-01", "ORGANIZATION", "Pentagon"), 0, "Pentagon");
    assertThat(pentagon.code()).contains(new ActorCode("USAMIL"));
  }

  private static final String MAAS_THEN_HE =
      """
      # text = German Foreign Minister Heiko Maas arrived in Moscow on Friday.
      1 German German JJ NATIONALITY 5 amod
      2 Foreign Foreign NNP TITLE 3 compound
      3 Minister Minister NNP TITLE 5 compound
      4 Heiko Heiko NNP PERSON 5 compound
      5 Maas Maas NNP PERSON 6 nsubj
      6 arrived arrive VBD O 0 root
      7 in in IN O 8 case
      8 Moscow Moscow NNP CITY 6 obl
      9 on on IN O 10 case
      10 Friday Friday NNP DATE 6 obl
      11 . . . O 6 punct
      """;

  @Test
  void givesABareSurnameTheCodeOfTheFullNameBeforeIt() {
    // HEIKO_MAAS_ has no bare-surname synonym, so "Maas" can only be resolved through the earlier
    // full name.
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2019-05-10")
                .sentence(MAAS_THEN_HE)
                .sentence(
                    """
                    # text = Maas criticized Russia.
                    1 Maas Maas NNP PERSON 2 nsubj
                    2 criticized criticize VBD O 0 root
                    3 Russia Russia NNP COUNTRY 2 obj
                    4 . . . O 2 punct
                    """)
                .build());
    ActorMention full = mention(doc, 0, "German Foreign Minister Heiko Maas");
    assertThat(full.code()).contains(new ActorCode("DEUGOV"));
    assertThat(full.resolvedBy()).isEqualTo(ResolvedBy.DICTIONARY);
    ActorMention maas = mention(doc, 1, "Maas");
    assertThat(maas.code()).contains(new ActorCode("DEUGOV"));
    assertThat(maas.resolvedBy()).isEqualTo(ResolvedBy.COREFERENCE);
    assertThat(maas.reason())
        .isEqualTo("same name as 'German Foreign Minister Heiko Maas' (sentence 0)");
  }

  @Test
  void resolvesABareSurnameThatTheDictionaryListsDirectly() {
    // Phoenix lists +MERKEL under ANGELA_MERKEL_, so the surname needs no coreference.
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2012-05-10")
                .sentence(
                    """
                    # text = Angela Merkel praised France.
                    1 Angela Angela NNP PERSON 2 compound
                    2 Merkel Merkel NNP PERSON 3 nsubj
                    3 praised praise VBD O 0 root
                    4 France France NNP COUNTRY 3 obj
                    5 . . . O 3 punct
                    """)
                .sentence(
                    """
                    # text = Merkel criticized Russia.
                    1 Merkel Merkel NNP PERSON 2 nsubj
                    2 criticized criticize VBD O 0 root
                    3 Russia Russia NNP COUNTRY 2 obj
                    4 . . . O 2 punct
                    """)
                .build());
    ActorMention merkel = mention(doc, 1, "Merkel");
    assertThat(merkel.code()).contains(new ActorCode("DEUGOV"));
    assertThat(merkel.resolvedBy()).isEqualTo(ResolvedBy.DICTIONARY);
  }

  @Test
  void givesAPronounTheCodeOfThePersonInTheSentenceBefore() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2019-05-10")
                .sentence(MAAS_THEN_HE)
                .sentence(
                    """
                    # text = He also met Sergei Lavrov.
                    1 He he PRP O 3 nsubj
                    2 also also RB O 3 advmod
                    3 met meet VBD O 0 root
                    4 Sergei Sergei NNP PERSON 5 compound
                    5 Lavrov Lavrov NNP PERSON 3 obj
                    6 . . . O 3 punct
                    """)
                .build());
    ActorMention he = mention(doc, 1, "He");
    assertThat(he.kind()).isEqualTo("pronoun");
    assertThat(he.code()).contains(new ActorCode("DEUGOV"));
    assertThat(he.resolvedBy()).isEqualTo(ResolvedBy.COREFERENCE);
    assertThat(he.reason())
        .isEqualTo("pronoun refers to 'German Foreign Minister Heiko Maas' (sentence 0)");
    assertThat(mention(doc, 1, "Sergei Lavrov").code()).contains(new ActorCode("RUSGOV"));
  }

  @Test
  void takesAnUnknownNameCodeFromItsApposition() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2018-06-12")
                .sentence(
                    """
                    # text = Jan Kowalski, a senior official of Poland, condemned Belarus.
                    1 Jan Jan NNP PERSON 2 compound
                    2 Kowalski Kowalski NNP PERSON 10 nsubj
                    3 , , , O 2 punct
                    4 a a DT O 6 det
                    5 senior senior JJ O 6 amod
                    6 official official NN TITLE 2 appos
                    7 of of IN O 8 case
                    8 Poland Poland NNP COUNTRY 6 nmod
                    9 , , , O 2 punct
                    10 condemned condemn VBD O 0 root
                    11 Belarus Belarus NNP COUNTRY 10 obj
                    12 . . . O 10 punct
                    """)
                .build());
    ActorMention kowalski = mention(doc, 0, "Jan Kowalski");
    assertThat(kowalski.code()).contains(new ActorCode("POLGOV"));
    assertThat(kowalski.resolvedBy()).isEqualTo(ResolvedBy.TITLE);
    assertThat(kowalski.reason()).isEqualTo("apposition 'a senior official'");
  }

  @Test
  void readsTheNorthAsTheCountryNamedBefore() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2018-06-12")
                .sentence(
                    """
                    # text = Japan condemned North Korea.
                    1 Japan Japan NNP COUNTRY 2 nsubj
                    2 condemned condemn VBD O 0 root
                    3 North North NNP COUNTRY 4 compound
                    4 Korea Korea NNP COUNTRY 2 obj
                    5 . . . O 2 punct
                    """)
                .sentence(
                    """
                    # text = The North rejected the statement.
                    1 The the DT O 2 det
                    2 North North NNP O 3 nsubj
                    3 rejected reject VBD O 0 root
                    4 the the DT O 5 det
                    5 statement statement NN O 3 obj
                    6 . . . O 3 punct
                    """)
                .build());
    ActorMention north = mention(doc, 1, "The North");
    assertThat(north.code()).contains(new ActorCode("PRK"));
    assertThat(north.resolvedBy()).isEqualTo(ResolvedBy.COREFERENCE);
    assertThat(north.reason()).isEqualTo("'the north' refers to 'north korea' (sentence 0)");
  }

  @Test
  void itRefersToTheCountryBeforeItButNotToAPersonNorAsAnExpletive() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2016-02-10")
                .sentence(
                    """
                    # text = Turkey said it had asked Iran for information.
                    1 Turkey Turkey NNP COUNTRY 2 nsubj
                    2 said say VBD O 0 root
                    3 it it PRP O 5 nsubj
                    4 had have VBD O 5 aux
                    5 asked ask VBN O 2 ccomp
                    6 Iran Iran NNP COUNTRY 5 obj
                    7 for for IN O 8 case
                    8 information information NN O 5 obl
                    9 . . . O 2 punct
                    """)
                .sentence(
                    """
                    # text = It remains unclear whether Iran will answer.
                    1 It it PRP O 2 nsubj
                    2 remains remain VBZ O 0 root
                    3 unclear unclear JJ O 2 xcomp
                    4 whether whether IN O 7 mark
                    5 Iran Iran NNP COUNTRY 7 nsubj
                    6 will will MD O 7 aux
                    7 answer answer VB O 3 ccomp
                    8 . . . O 2 punct
                    """)
                .build());
    ActorMention it = mention(doc, 0, "it");
    assertThat(it.code()).contains(new ActorCode("TUR"));
    assertThat(it.resolvedBy()).isEqualTo(ResolvedBy.COREFERENCE);
    assertThat(doc.mentions()).noneMatch(m -> m.sentence() == 1 && m.text().equals("It"));
  }

  @Test
  void theyRefersToTheGroupThatSpokeNotToOnePerson() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2016-02-10")
                .sentence(
                    """
                    # text = Syrian rebels said they attacked Damascus.
                    1 Syrian Syrian JJ MISC 2 amod
                    2 rebels rebel NNS O 3 nsubj
                    3 said say VBD O 0 root
                    4 they they PRP O 5 nsubj
                    5 attacked attack VBD O 3 ccomp
                    6 Damascus Damascus NNP CITY 5 obj
                    7 . . . O 3 punct
                    """)
                .build());
    ActorMention they = mention(doc, 0, "they");
    assertThat(they.code()).isEqualTo(mention(doc, 0, "Syrian rebels").code());
    assertThat(they.code()).isPresent();
    assertThat(they.resolvedBy()).isEqualTo(ResolvedBy.COREFERENCE);
  }

  @Test
  void anInstitutionTakesTheCountryTheTextGivesIt() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2016-02-10")
                .sentence(
                    """
                    # text = Rwanda's Senate approved the law.
                    1 Rwanda Rwanda NNP COUNTRY 3 nmod:poss
                    2 's 's POS O 1 case
                    3 Senate Senate NNP ORGANIZATION 4 nsubj
                    4 approved approve VBD O 0 root
                    5 the the DT O 6 det
                    6 law law NN O 4 obj
                    7 . . . O 4 punct
                    """)
                .build());
    ActorMention senate = mention(doc, 0, "Senate");
    assertThat(senate.code().orElseThrow().country()).contains("RWA");
    assertThat(senate.resolvedBy()).isEqualTo(ResolvedBy.TITLE);
  }

  @Test
  void anInstitutionInACountryIsTheAffiliationOfItsApposition() {
    CodedDocument doc =
        coder.code(
            ParseBuilder.article("d", "2019-04-25")
                .sentence(
                    """
                    # text = Sean King, an expert at the University of Notre Dame in the United States, said so.
                    1 Sean Sean NNP PERSON 2 compound
                    2 King King NNP PERSON 17 nsubj
                    3 , , , O 2 punct
                    4 an a DT O 5 det
                    5 expert expert NN O 2 appos
                    6 at at IN O 8 case
                    7 the the DT O 8 det
                    8 University University NNP ORGANIZATION 5 nmod
                    9 of of IN O 11 case
                    10 Notre Notre NNP ORGANIZATION 11 compound
                    11 Dame Dame NNP ORGANIZATION 8 nmod
                    12 in in IN O 15 case
                    13 the the DT O 15 det
                    14 United United NNP COUNTRY 15 compound
                    15 States States NNP COUNTRY 8 nmod
                    16 , , , O 2 punct
                    17 said say VBD O 0 root
                    18 so so RB O 17 advmod
                    19 . . . O 17 punct
                    """)
                .build());
    // The institution is in the country its "in" phrase names ...
    ActorMention university = mention(doc, 0, "the University");
    assertThat(university.code()).contains(new ActorCode("USAEDU"));
    assertThat(university.reason()).isEqualTo("role 'University' with country 'the United States'");
    // ... and, country and sector, the affiliation of the expert.
    ActorMention king = mention(doc, 0, "Sean King");
    assertThat(king.code()).contains(new ActorCode("USAEDU"));
    assertThat(king.resolvedBy()).isEqualTo(ResolvedBy.TITLE);
  }
}

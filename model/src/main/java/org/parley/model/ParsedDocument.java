package org.parley.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The output of the NLP stage: the article and its sentences, named entities and quotations, plus
 * what was used to make it ({@code annotators}: e.g. "corenlp 4.5.10
 * tokenize,ssplit,pos,lemma,ner,depparse").
 */
public record ParsedDocument(
    Article article,
    List<Sentence> sentences,
    List<EntityMention> entities,
    List<Quotation> quotations,
    Map<String, String> provenance) {
  public ParsedDocument {
    Objects.requireNonNull(article, "article");
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    quotations = List.copyOf(quotations);
    provenance = Map.copyOf(provenance);
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).index() != i) {
        throw new IllegalArgumentException(
            "sentence " + i + " has index " + sentences.get(i).index());
      }
    }
  }
}

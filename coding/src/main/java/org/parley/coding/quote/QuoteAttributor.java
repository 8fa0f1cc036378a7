package org.parley.coding.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.coding.actor.MentionIndex;
import org.parley.model.ActorMention;
import org.parley.model.CharSpan;
import org.parley.model.ContentHash;
import org.parley.model.Dependency;
import org.parley.model.Event;
import org.parley.model.ParsedDocument;
import org.parley.model.Quotation;
import org.parley.model.Quote;
import org.parley.model.Sentence;

/**
 * Attributes each quotation of a document to a speaker and links it to the event its cue verb
 * coded.
 */
public final class QuoteAttributor {
  private static final Set<String> CUE_VERBS =
      Set.of(
          "say",
          "tell",
          "add",
          "state",
          "note",
          "stress",
          "ask",
          "write",
          "explain",
          "argue",
          "warn",
          "insist",
          "declare",
          "announce",
          "claim",
          "reply",
          "respond",
          "continue",
          "emphasize",
          "emphasise",
          "remark",
          "comment",
          "observe",
          "point",
          "recall",
          "suggest",
          "acknowledge",
          "admit",
          "concede",
          "caution");

  /** Attributes every quotation of {@code doc}. */
  public List<Quote> attribute(
      ParsedDocument doc, List<ActorMention> mentionList, List<Event> events) {
    MentionIndex mentions = new MentionIndex(mentionList);
    List<Quote> out = new ArrayList<>();
    for (Quotation q : doc.quotations()) {
      // The quote's own sentences first, then a transcript label just before it, then a cue in the
      // next
      // sentence ("... .\" \n He said.").
      Optional<Speaker> sp = fromParse(doc, q, mentions, false);
      if (sp.isEmpty()) {
        sp = fromLabel(doc, q, mentions);
      }
      if (sp.isEmpty() && endsSentence(doc, q)) {
        sp = fromParse(doc, q, mentions, true);
      }
      Optional<String> eventId = Optional.empty();
      if (sp.isPresent() && sp.get().cueSpan.isPresent()) {
        CharSpan cue = sp.get().cueSpan.get();
        eventId =
            events.stream()
                .filter(e -> e.evidence().span().overlaps(cue))
                .map(Event::eventId)
                .findFirst();
      }
      String id = ContentHash.shortId(doc.article().id() + "|" + q.span());
      out.add(
          new Quote(
              id,
              doc.article().id(),
              q.text(),
              q.span(),
              sp.map(x -> x.text),
              sp.map(x -> x.span),
              sp.flatMap(x -> x.mention.flatMap(ActorMention::code)),
              sp.flatMap(x -> x.cue),
              eventId));
    }
    return out;
  }

  private record Speaker(
      String text,
      CharSpan span,
      Optional<ActorMention> mention,
      Optional<String> cue,
      Optional<CharSpan> cueSpan) {}

  private Optional<Speaker> fromParse(
      ParsedDocument doc, Quotation q, MentionIndex mentions, boolean next) {
    List<Integer> order = new ArrayList<>();
    if (next) {
      if (q.lastSentence() + 1 < doc.sentences().size()) {
        order.add(q.lastSentence() + 1);
      }
    } else {
      order.add(q.lastSentence());
      if (q.firstSentence() != q.lastSentence()) {
        order.add(q.firstSentence());
      }
    }
    for (int si : order) {
      Sentence s = doc.sentences().get(si);
      for (int v = 0; v < s.tokens().size(); v++) {
        if (q.span().contains(s.tokens().get(v).span())) {
          continue;
        }
        String lemma = s.tokens().get(v).lemma().toLowerCase(Locale.ROOT);
        if (!CUE_VERBS.contains(lemma)) {
          continue;
        }
        for (Dependency d : s.children(v)) {
          // "X is said to have offered a 'secret proposal'": a passive subject is not a speaker.
          if (d.relation().equals("nsubj")
              && !q.span().contains(s.tokens().get(d.dependent()).span())) {
            return Optional.of(
                speaker(
                    doc,
                    s,
                    d.dependent(),
                    mentions,
                    s.tokens().get(v).word(),
                    s.tokens().get(v).span()));
          }
        }
      }
      for (int t = 0; t + 1 < s.tokens().size(); t++) {
        if (s.tokens().get(t).word().equalsIgnoreCase("according")
            && s.tokens().get(t + 1).word().equalsIgnoreCase("to")
            && !q.span().contains(s.tokens().get(t).span())) {
          var obj = s.headEdge(t).filter(e -> e.governor() >= 0).map(Dependency::governor);
          if (obj.isPresent()) {
            return Optional.of(
                speaker(doc, s, obj.get(), mentions, "according to", s.spanOf(t, t + 2)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the quotation closes its sentence (so a cue in the next sentence may still belong to
   * it).
   */
  private static boolean endsSentence(ParsedDocument doc, Quotation q) {
    Sentence last = doc.sentences().get(q.lastSentence());
    return last.span().end() - q.span().end() <= 2;
  }

  /**
   * A transcript label such as "[Sound bite: NAME (Korean)]" in the sentence just before the quote.
   */
  private Optional<Speaker> fromLabel(ParsedDocument doc, Quotation q, MentionIndex mentions) {
    int prev = q.firstSentence() - 1;
    if (prev < 0) {
      return Optional.empty();
    }
    Sentence s = doc.sentences().get(prev);
    String text = s.text().strip();
    if (!text.startsWith("[") || !text.contains(":")) {
      return Optional.empty();
    }
    String label = text.substring(1, text.indexOf(':')).strip();
    ActorMention best = null;
    for (ActorMention m : mentions.inSentence(prev)) {
      if (m.kind().equals("person")
          || m.code().isPresent() && !m.code().get().sectors().isEmpty()) {
        if (best == null || m.endToken() > best.endToken()) {
          best = m;
        }
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Speaker(
            best.text(),
            best.span(),
            Optional.of(best),
            Optional.of(label.toLowerCase(Locale.ROOT)),
            Optional.empty()));
  }

  private static Speaker speaker(
      ParsedDocument doc,
      Sentence s,
      int head,
      MentionIndex mentions,
      String cue,
      CharSpan cueSpan) {
    Optional<ActorMention> m = mentions.at(s.index(), head);
    if (m.isPresent()) {
      return new Speaker(m.get().text(), m.get().span(), m, Optional.of(cue), Optional.of(cueSpan));
    }
    int start = head;
    int end = head + 1;
    for (Dependency d : s.children(head)) {
      String r = d.relation();
      if (r.startsWith("compound") || r.startsWith("flat") || r.equals("amod") || r.equals("det")) {
        start = Math.min(start, d.dependent());
        end = Math.max(end, d.dependent() + 1);
      }
    }
    CharSpan span = s.spanOf(start, end);
    return new Speaker(
        span.of(doc.article().body()),
        span,
        Optional.empty(),
        Optional.of(cue),
        Optional.of(cueSpan));
  }
}

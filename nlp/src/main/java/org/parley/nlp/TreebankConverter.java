package org.parley.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.Label;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.PennTreeReader;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.parley.model.Dependency;

/**
 * Converts a stored Penn Treebank constituency parse (as in the PETRARCH test records) into the
 * words, tags, lemmas and basic Universal Dependencies that Parley's coder reads, with CoreNLP's
 * own converter, so a stored parse and a fresh one look alike to the coder.
 */
public final class TreebankConverter {
  private TreebankConverter() {}

  /** One converted sentence; {@code dependencies} use 0-based token indices and -1 for the root. */
  public record Converted(
      List<String> words, List<String> tags, List<String> lemmas, List<Dependency> dependencies) {
    public Converted {
      words = List.copyOf(words);
      tags = List.copyOf(tags);
      lemmas = List.copyOf(lemmas);
      dependencies = List.copyOf(dependencies);
    }
  }

  /**
   * Converts one bracketed tree such as {@code (ROOT (S (NP (NNP Arnor)) (VP ...)))}.
   *
   * @throws IllegalArgumentException naming what is wrong when the text is not one well-formed tree
   *     with tagged words
   */
  public static Converted convert(String pennTree) {
    Objects.requireNonNull(pennTree, "pennTree");
    Tree tree = read(pennTree);
    List<Label> leaves = tree.yield();
    List<Label> preterminals = tree.preTerminalYield();
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("tree has no words");
    }
    if (preterminals.size() != leaves.size()) {
      throw new IllegalArgumentException(
          "tree has "
              + leaves.size()
              + " words but "
              + preterminals.size()
              + " part-of-speech tags: every word needs exactly one tag");
    }
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<String> lemmas = new ArrayList<>();
    for (int i = 0; i < leaves.size(); i++) {
      String word = unescape(leaves.get(i).value());
      String tag = preterminals.get(i).value();
      words.add(word);
      tags.add(tag);
      lemmas.add(Morphology.lemmaStatic(word, tag, true));
    }
    UniversalEnglishGrammaticalStructure gs;
    try {
      gs = new UniversalEnglishGrammaticalStructure(tree);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("CoreNLP cannot convert the tree: " + e, e);
    }
    List<Dependency> deps = new ArrayList<>();
    for (TypedDependency td : gs.typedDependencies()) {
      int dep = td.dep().index() - 1;
      int gov = td.gov().index() - 1;
      if (dep < 0 || dep >= words.size() || gov >= words.size()) {
        continue; // CoreNLP's copy nodes and the artificial root word
      }
      deps.add(new Dependency(gov < 0 ? -1 : gov, dep, gov < 0 ? "root" : td.reln().toString()));
    }
    deps.sort(Comparator.comparingInt(Dependency::dependent));
    return new Converted(words, tags, lemmas, deps);
  }

  private static Tree read(String text) {
    String t = text.strip();
    int depth = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw new IllegalArgumentException("unbalanced ')' at character " + i);
        }
      }
    }
    if (depth != 0) {
      throw new IllegalArgumentException(depth + " bracket(s) left open at the end of the tree");
    }
    try (PennTreeReader reader = new PennTreeReader(new StringReader(t))) {
      Tree tree = reader.readTree();
      if (tree == null) {
        throw new IllegalArgumentException("no tree in the text");
      }
      if (reader.readTree() != null) {
        throw new IllegalArgumentException("more than one tree in the text");
      }
      for (Tree leaf : tree.getLeaves()) {
        if (leaf.label() instanceof CoreLabel cl && cl.value() == null) {
          throw new IllegalArgumentException("a leaf has no word");
        }
      }
      return tree;
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the tree: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      if (e instanceof IllegalArgumentException) {
        throw e;
      }
      throw new IllegalArgumentException("cannot read the tree: " + e, e);
    }
  }

  /** Penn Treebank escapes back to the characters they stand for. */
  static String unescape(String w) {
    return switch (w) {
      case "-LRB-" -> "(";
      case "-RRB-" -> ")";
      case "-LSB-" -> "[";
      case "-RSB-" -> "]";
      case "-LCB-" -> "{";
      case "-RCB-" -> "}";
      case "``", "''" -> "\"";
      default -> w;
    };
  }
}

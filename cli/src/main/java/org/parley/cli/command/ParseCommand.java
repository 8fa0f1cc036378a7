package org.parley.cli.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.cli.ExitCodes;
import org.parley.cli.Main;
import org.parley.cli.run.Pipeline;
import org.parley.ingest.Ingestor;
import org.parley.model.ActorMention;
import org.parley.model.CodedDocument;
import org.parley.model.Dependency;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.TimeExpression;
import org.parley.model.Token;
import org.parley.nlp.NlpOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley parse INPUT...}: prints what the coder sees for each sentence: the tokens with
 * their POS, NER and UD head and relation (CoNLL-U style), the time expressions, and the actor
 * mentions with their codes.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description =
        "Print the parse and actor mentions Parley codes from (CoNLL-U style), for checking a result.")
public final class ParseCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT")
  List<Path> inputs;

  @Option(names = "--manifest", paramLabel = "FILE")
  Path manifest;

  @Option(names = "--sentence", paramLabel = "N", description = "Only sentence N of each article.")
  Integer only;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    Pipeline pipeline =
        Pipeline.build(
            Pipeline.locatePack(storeOptions.data()), NlpOptions.defaults(), Main.version());
    PrintStream out = System.out;
    Ingestor.create()
        .read(
            inputs,
            Optional.ofNullable(manifest),
            rec ->
                rec.findCodable()
                    .ifPresentOrElse(
                        a -> print(out, pipeline.coder().code(pipeline.parser().parse(a))),
                        () -> out.println("# " + rec.location() + ": " + rec.status().label())));
    return ExitCodes.OK;
  }

  private void print(PrintStream out, CodedDocument coded) {
    ParsedDocument doc = coded.parsed();
    out.println("# doc_id = " + doc.article().id());
    for (Sentence s : doc.sentences()) {
      if (only != null && s.index() != only) {
        continue;
      }
      out.println("# sent " + s.index() + " = " + s.text().replaceAll("\\s+", " "));
      for (Token t : s.tokens()) {
        Optional<Dependency> e = s.headEdge(t.index());
        out.printf(
            "%d\t%s\t%s\t%s\t%s\t%d\t%s%n",
            t.index(),
            t.word(),
            t.lemma(),
            t.pos(),
            t.ner(),
            e.map(Dependency::governor).orElse(-2),
            e.map(Dependency::relation).orElse("_"));
      }
      for (TimeExpression te : s.times()) {
        out.println(
            "#   time '"
                + te.text()
                + "' = "
                + te.value().map(Object::toString).orElse("(unresolved)"));
      }
      for (ActorMention m : coded.mentions()) {
        if (m.sentence() == s.index()) {
          out.println(
              "#   actor '"
                  + m.text()
                  + "' ["
                  + m.startToken()
                  + ","
                  + m.endToken()
                  + ") head "
                  + m.head()
                  + " = "
                  + m.code().map(Object::toString).orElse("-")
                  + " by "
                  + m.resolvedBy().label()
                  + ": "
                  + m.reason());
        }
      }
      out.println();
    }
  }
}

package org.parley.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
  @Test
  void corpusHasTheSentencesAskedForInArticlesThatDoNotRepeat(@TempDir Path tmp) throws Exception {
    List<String> pool = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      pool.add("Sentence number " + i + " of the pool.");
    }
    Path file = tmp.resolve("c.jsonl");
    int[] made = BenchCommand.writeCorpus(pool, 100, file);
    assertThat(made[1]).isEqualTo(100);
    ObjectMapper json = new ObjectMapper();
    Set<String> ids = new HashSet<>();
    Set<String> bodies = new HashSet<>();
    int sentences = 0;
    for (String line : Files.readAllLines(file)) {
      JsonNode n = json.readTree(line);
      ids.add(n.get("id").asText());
      bodies.add(n.get("text").asText());
      sentences += (int) n.get("text").asText().lines().count();
    }
    assertThat(ids).hasSize(made[0]);
    assertThat(bodies).hasSize(made[0]);
    assertThat(sentences).isEqualTo(100);
    // deterministic
    Path again = tmp.resolve("again.jsonl");
    BenchCommand.writeCorpus(pool, 100, again);
    assertThat(Files.readAllLines(again)).isEqualTo(Files.readAllLines(file));
  }
}

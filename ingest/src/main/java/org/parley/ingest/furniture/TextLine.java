package org.parley.ingest.furniture;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text: its content is [begin, end), its terminator ({@code \n} or {@code \r\n}) runs
 * to {@code next}, where the following line starts.
 */
record TextLine(int begin, int end, int next) {
  static List<TextLine> split(String text) {
    List<TextLine> lines = new ArrayList<>();
    int begin = 0;
    while (begin < text.length()) {
      int nl = text.indexOf('\n', begin);
      int next = nl < 0 ? text.length() : nl + 1;
      int end = nl < 0 ? text.length() : nl;
      if (end > begin && text.charAt(end - 1) == '\r') {
        end--;
      }
      lines.add(new TextLine(begin, end, next));
      begin = next;
    }
    return lines;
  }

  String content(String text) {
    return text.substring(begin, end);
  }
}

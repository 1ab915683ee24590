package org.dyad.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.coder.dictionary.petrarch.PetrarchImport;
import org.dyad.ontology.CameoOntology;

/**
 * Reads PETRARCH validation records ({@code PETR.UnitTest.records.xml}): {@code <Sentence date id
 * category>} with {@code <EventCoding sourcecode targetcode eventcode>} (or {@code noevents},
 * or {@code error}) and {@code <Text>}. Its parse trees are not used: Dyad parses the text itself.
 * The suite's own dictionaries ({@code PETR.Validate.*} beside it) are converted with {@link
 * PetrarchImport} and used to code it; error records are skipped and listed.
 */
final class PetrarchRecordsReader {
  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*)>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

  private PetrarchRecordsReader() {}

  static GoldSet read(Path file, Path work) throws IOException {
    String xml = Files.readString(file, StandardCharsets.ISO_8859_1).replaceAll("(?s)<!--.*?-->", "");
    Path dictionaries = work.resolve("petrarch-validation-dictionaries");
    PetrarchImport.run(file.toAbsolutePath().getParent(), dictionaries, CameoOntology.load());
    List<GoldSentence> sentences = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Matcher m = SENTENCE.matcher(xml);
    while (m.find()) {
      String attributes = m.group(1);
      String body = m.group(2);
      String id = attribute(attributes, "id");
      List<GoldEvent> events = new ArrayList<>();
      boolean error = false;
      Matcher c = CODING.matcher(body);
      while (c.find()) {
        String a = c.group(1);
        if (!attribute(a, "error").isEmpty()) {
          error = true;
        } else if (!attribute(a, "eventcode").isEmpty()) {
          events.add(new GoldEvent(attribute(a, "sourcecode"), attribute(a, "targetcode"), attribute(a, "eventcode"), null, false));
        }
      }
      Matcher t = TEXT.matcher(body);
      if (error || !t.find()) {
        skipped.add(id + ": " + (error ? "error record (tests input errors, not coding)" : "no text"));
        continue;
      }
      String date = attribute(attributes, "date");
      sentences.add(new GoldSentence(id, date.isEmpty() ? null : LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE),
          t.group(1).replaceAll("\\s+", " ").trim(), events, List.of(attribute(attributes, "category"))));
    }
    return new GoldSet(file.getFileName().toString(), GoldFormat.PETRARCH_XML, sentences, dictionaries, skipped);
  }

  private static String attribute(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"").matcher(attributes);
    return m.find() ? m.group(1).trim() : "";
  }
}

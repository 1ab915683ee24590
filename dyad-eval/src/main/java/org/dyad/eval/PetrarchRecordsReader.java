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
import org.dyad.model.DyadInputException;
import org.dyad.ontology.CameoOntology;

/**
 * Reads PETRARCH validation records ({@code PETR.UnitTest.records.xml}): {@code <Sentence date id
 * category>} with {@code <EventCoding sourcecode targetcode eventcode>} (or {@code noevents},
 * or {@code error}) and {@code <Text>}. Its parse trees are not used: Dyad parses the text itself.
 * The dictionaries its {@code <Environment>} names ({@code PETR.Validate.*} for the unit tests)
 * are converted with {@link PetrarchImport} and used to code it when they sit beside the file;
 * otherwise (the Phoenix-coded {@code PETR2_GSR_validation.xml}) Dyad's own dictionaries code it.
 * Error records are skipped and listed.
 */
final class PetrarchRecordsReader {
  private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
  private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*)>");
  private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);

  private PetrarchRecordsReader() {}

  static GoldSet read(Path file, Path work) throws IOException {
    String xml = Files.readString(file, StandardCharsets.ISO_8859_1).replaceAll("(?s)<!--.*?-->", "");
    Path dictionaries = dictionaries(xml, file.toAbsolutePath().getParent(), work.resolve(file.getFileName() + ".dictionaries"));
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
      sentences.add(new GoldSentence(id, date(file, id, attribute(attributes, "date")),
          t.group(1).replaceAll("\\s+", " ").trim(), events, List.of(attribute(attributes, "category"))));
    }
    return new GoldSet(file.getFileName().toString(), GoldFormat.PETRARCH_XML, sentences, dictionaries, skipped);
  }

  /**
   * Converts the dictionaries the {@code <Environment>} names when they sit beside the file;
   * returns {@code null} (code with Dyad's own) when it names none or they are elsewhere.
   */
  private static Path dictionaries(String xml, Path dir, Path out) throws IOException {
    List<Path> verbs = named(xml, "Verbfile", dir);
    List<Path> actors = named(xml, "Actorfile", dir);
    List<Path> agents = named(xml, "Agentfile", dir);
    if (verbs.isEmpty() || actors.isEmpty() || agents.isEmpty()) {
      return null;
    }
    PetrarchImport.run(new PetrarchImport.Sources(verbs, actors, agents, named(xml, "Discardfile", dir), List.of()),
        out, CameoOntology.load(), dir.toString());
    return out;
  }

  /** The files an Environment element names (comma-separated) that exist in dir. */
  private static List<Path> named(String xml, String element, Path dir) {
    Matcher m = Pattern.compile("<" + element + ">(.*?)</" + element + ">", Pattern.DOTALL).matcher(xml);
    List<Path> files = new ArrayList<>();
    if (m.find()) {
      for (String name : m.group(1).split(",")) {
        Path f = dir.resolve(name.trim());
        if (!name.isBlank() && Files.exists(f)) {
          files.add(f);
        }
      }
    }
    return files;
  }

  /** YYYYMMDD or YYMMDD (years below 30 are 20YY), as PETRARCH reads them. */
  private static LocalDate date(Path file, String id, String text) throws DyadInputException {
    if (text.isEmpty()) {
      return null;
    }
    try {
      if (text.length() == 6) {
        int yy = Integer.parseInt(text.substring(0, 2));
        return LocalDate.parse((yy < 30 ? "20" : "19") + text, DateTimeFormatter.BASIC_ISO_DATE);
      }
      return LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (RuntimeException e) {
      throw new DyadInputException(file + ": record " + id + ": date '" + text + "' is not YYYYMMDD or YYMMDD");
    }
  }

  private static String attribute(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "\\s*=\\s*\"([^\"]*)\"").matcher(attributes);
    return m.find() ? m.group(1).trim() : "";
  }
}

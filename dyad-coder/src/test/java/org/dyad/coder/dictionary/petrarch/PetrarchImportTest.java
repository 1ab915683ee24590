package org.dyad.coder.dictionary.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.coder.dictionary.BuiltInDictionaries;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.coder.dictionary.DictionaryCheck;
import org.dyad.coder.dictionary.DirectoryDictionaries;
import org.dyad.ontology.CameoOntology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchImportTest {
  /** The community dictionaries beside the checkout (../shared), when present. */
  private static final Path SHARED = Path.of("..", "..", "shared", "data", "petrarch2-dictionaries");

  @TempDir Path in;
  @TempDir Path out;

  @Test
  void smallDictionaries_convertToDyadRows() throws IOException {
    write("CAMEO.2.0.txt", String.join("\n",
        "&WEAPON_",
        "+MISSILE",
        "+{HEAVY ARTILLERY}",
        "",
        "---  WARN   [130]  ---",
        "WARN",
        "CAUTION {CAUTIONED CAUTIONS} [---]",
        "- * (OF {DISASTROUS CONSEQUENCES})   [012]  # WARN",
        "- $ * (AGAINST +)                   [131]  # WARN",
        "---  FIRE   [---]  ---",
        "FIRE",
        "- * &WEAPON (AT +)                  [042:195]",
        "- * SALVO                           [:194]",
        "- * ROCKET                          [999]",
        ""));
    write("Test.actors.txt", String.join("\n",
        "RUSSIA_ [RUS]",
        "+RUSSIAN_FEDERATION_",
        "VLADIMIR_PUTIN_  ; CountryInfo.txt",
        "+PUTIN_",
        "\t[RUSGOV 000507-080507]",
        "\t[RUSELI]",
        "\t[RUSGOV >120507]",
        "UNITED_NATIONS_ [IGOUNO]",
        ""));
    write("Test.agents.txt", String.join("\n",
        "!PERSON! = MAN, MEN",
        "CATTLE!PERSON! [~AGR]",
        "ARMED_POLICE {} [~COP]",
        "SOLDIER [~MIL]",
        ""));
    write("Test.discards.txt", "+WORLD_CUP_\nYEARS AGO\n");
    write("Test.IssueCoding.txt", "<ISSUE CATEGORY=\"X\">\npre+n:school [EDUCATION]\n~head start\n");
    PetrarchImport.Summary s = PetrarchImport.run(in, out, CameoOntology.load());
    assertEquals(1, s.skippedCodes());
    assertEquals(List.of("world cup\tarticle\tword\t-", "years ago\tsentence\tstem\t-"), rows("discards.tsv"));
    assertEquals(
        List.of("pre school\tEDUCATION", "pre-school\tEDUCATION", "pre schools\tEDUCATION", "pre-schools\tEDUCATION"),
        rows("issues.tsv"));
    assertEquals(1, s.skippedListLines());
    assertEquals(
        List.of(
            "verb\twarn\t012\twith=consequences\t-",
            "verb\twarn\t131\tprep=against\t-",
            "verb\twarn\t130\t-\t-",
            "verb\tcaution\t012\twith=consequences\t-",
            "verb\tcaution\t131\tprep=against\t-",
            "verb\tfire\t042\twith=missile|artillery;prep=at\t-",
            "verb\tfire\t194\twith=salvo\t-"),
        rows("verbs.tsv"));
    assertEquals(
        List.of(
            "Russia|Russian Federation\tRUS\t-\t-\t-\tPETRARCH Test.actors.txt:1",
            "Vladimir Putin|Putin\tRUS\tGOV\t2000-05-07\t2008-05-08\tPETRARCH Test.actors.txt:3",
            "Vladimir Putin|Putin\tRUS\tGOV\t2012-05-07\t-\tPETRARCH Test.actors.txt:3",
            "Vladimir Putin|Putin\tRUS\tELI\t-\t-\tPETRARCH Test.actors.txt:3",
            "United Nations\tIGOUNO\t-\t-\t-\tPETRARCH Test.actors.txt:8"),
        rows("people.tsv"));
    assertEquals(List.of("AGR\tcattleman|cattlemen", "COP\tarmed police", "MIL\tsoldier"), rows("agents.tsv"));
    assertEquals(List.of(), DictionaryCheck.run(new DirectoryDictionaries(out, new BuiltInDictionaries())));
  }

  @Test
  void communityDictionaries_importAndLoad() throws IOException {
    assumeTrue(Files.isDirectory(SHARED), "skipped: " + SHARED + " is absent (the shared reference data is not beside this checkout)");
    PetrarchImport.Summary s = PetrarchImport.run(SHARED, out, CameoOntology.load());
    assertEquals(List.of("CAMEO.2.0.txt"), s.verbFiles());
    assertTrue(s.verbEntries() > 20_000, s.describe());
    assertTrue(s.actorRows() > 30_000, s.describe());
    assertTrue(s.agentCodes() > 50, s.describe());
    Dictionaries d = Dictionaries.load(new DirectoryDictionaries(out, new BuiltInDictionaries()));
    assertTrue(d.verbs().verbs("attack").size() > 1);
    for (String problem : DictionaryCheck.run(new DirectoryDictionaries(out, new BuiltInDictionaries()))) {
      assertTrue(problem.contains(": conflicting: ") || problem.contains(": duplicate: ") || problem.contains(": unreachable: "), problem);
    }
  }

  private List<String> rows(String file) throws IOException {
    List<String> lines = Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8);
    return lines.subList(2, lines.size());
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(in.resolve(name), content, StandardCharsets.ISO_8859_1);
  }
}

package org.dyad.coder.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.model.DyadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryCheckTest {
  @TempDir Path dir;

  @Test
  void builtIn_hasNoProblems() throws IOException {
    assertEquals(List.of(), DictionaryCheck.run(new BuiltInDictionaries()));
  }

  @Test
  void plantedErrors_areAllReportedByFileAndLine() throws IOException {
    write("countries.tsv", String.join("\n",
        "code\tnames\tadjectives\tgovernment_metonyms",
        "RUS\tRussia\tRussian\tMoscow",
        "ukr\tUkraine\tUkrainian\tKyiv",
        "GEO\tGeorgia\tGeorgian\tTbilisi",
        "USA\tUnited States|Georgia\tAmerican\tWashington",
        "FRA\tFrance\tFrench",
        "RUS\tRussia\t-\t-",
        ""));
    write("verbs.tsv", String.join("\n",
        "kind\tlemma\tcode\tconditions\tintent",
        "verb\tattack\t190\t-\t-",
        "verb\tattack\t195\twith=missile\t-",
        "verb\tshell\t999\t-\t-",
        "noun\tsiege\t191\twhen=night\t-",
        "adverb\tquickly\t010\t-\t-",
        ""));
    write("people.tsv", String.join("\n",
        "names\tcountry\trole\tfrom\tto\tnote",
        "Joe Biden\tUSA\tGOV\t2025-01-20\t2021-01-20\tdates swapped",
        "Jane Doe\tUSA\tGOV\tyesterday\t-\tbad date",
        ""));
    Path c = dir.resolve("countries.tsv");
    Path v = dir.resolve("verbs.tsv");
    Path p = dir.resolve("people.tsv");
    assertEquals(
        List.of(
            c + ":3: column 1: expected an upper-case code, found 'ukr'",
            c + ":5: conflicting: 'Georgia' is USA here and GEO at " + c + ":4",
            c + ":6: expected 4 tab-separated columns, found 3",
            c + ":7: duplicate: 'Russia' is listed again (first at " + c + ":2)",
            p + ":2: role ends (2021-01-20) before it starts (2025-01-20)",
            p + ":3: column 4: expected a date YYYY-MM-DD, found 'yesterday'",
            v + ":3: unreachable: " + v + ":2 has no conditions and always matches first",
            v + ":4: unknown CAMEO event code '999'",
            v + ":5: condition 'when=night' is not one of with=, mod=, obj=, subj=, prep=",
            v + ":6: kind must be 'verb' or 'noun', found 'adverb'"),
        DictionaryCheck.run(new DirectoryDictionaries(dir, new BuiltInDictionaries())));
  }

  @Test
  void missingHeader_isReportedAtItsLine_andRefusedWhenLoading() throws IOException {
    write("countries.tsv", "# my countries\nUSA\tUnited States\tAmerican\tWashington\n");
    Path c = dir.resolve("countries.tsv");
    String problem = c + ":2: missing header line: expected the columns code, names, adjectives, government_metonyms"
        + " (tab-separated) first, found USA, United States, American, Washington";
    DirectoryDictionaries source = new DirectoryDictionaries(dir, new BuiltInDictionaries());
    assertEquals(List.of(problem), DictionaryCheck.run(source));
    assertEquals(problem, assertThrows(DyadInputException.class, () -> Dictionaries.load(source)).getMessage());
  }

  @Test
  void emptyFile_hasNoHeader() throws IOException {
    write("verbs.tsv", "");
    assertEquals(
        List.of(dir.resolve("verbs.tsv") + ":1: no header line: a dictionary file starts with the columns"
            + " kind, lemma, code, conditions, intent (tab-separated), even when it has no rows"),
        DictionaryCheck.run(new DirectoryDictionaries(dir, new BuiltInDictionaries())));
  }

  @Test
  void headerOnly_isAnEmptyDictionary_notAProblem() throws IOException {
    write("groups.tsv", "names\tcountry\tagent\tnote\n");
    assertEquals(List.of(), DictionaryCheck.run(new DirectoryDictionaries(dir, new BuiltInDictionaries())));
  }

  @Test
  void misspeltFileName_isReportedWithTheKnownNames_andRefusedWhenLoading() throws IOException {
    write("countires.tsv", "code\tnames\tadjectives\tgovernment_metonyms\nUSA\tUnited States\tAmerican\tWashington\n");
    write("notes.txt", "not a dictionary, not a .tsv: ignored");
    String problem = dir.resolve("countires.tsv") + ": not a dictionary file name, so it would be ignored; the names are"
        + " agents.tsv, countries.tsv, discards.tsv, facilities.tsv, groups.tsv, issues.tsv, organizations.tsv, people.tsv, verbs.tsv";
    DirectoryDictionaries source = new DirectoryDictionaries(dir, new BuiltInDictionaries());
    assertEquals(List.of(problem), DictionaryCheck.run(source));
    assertEquals(problem, assertThrows(DyadInputException.class, () -> Dictionaries.load(source)).getMessage());
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}

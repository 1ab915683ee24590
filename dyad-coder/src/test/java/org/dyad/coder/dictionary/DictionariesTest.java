package org.dyad.coder.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.DyadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionariesTest {
  @TempDir Path dir;

  @Test
  void builtIn_loadsEveryFileWithItsCoverage() throws IOException {
    Dictionaries d = Dictionaries.builtIn();
    assertTrue(d.actors().size() > 2000, "names: " + d.actors().size());
    assertTrue(d.verbs().size() > 150, "verb entries: " + d.verbs().size());
    assertEquals("Ukraine", d.actors().countryName("UKR"));
  }

  @Test
  void builtIn_resolvesKnownNames() throws IOException {
    ActorDictionary actors = Dictionaries.builtIn().actors();
    assertEquals(NameKind.GOVERNMENT_METONYM, first(actors, "Kremlin").kind());
    assertEquals("RUS", first(actors, "Kremlin").code());
    assertEquals("IGOWSTNAT", first(actors, "NATO").code());
    assertEquals(NameKind.AGENT, first(actors, "troops").kind());
    NameEntry biden = first(actors, "Joe Biden");
    assertEquals("GOV", biden.roleOn(LocalDate.of(2022, 3, 1)).orElseThrow().agent());
    assertFalse(biden.roleOn(LocalDate.of(2026, 3, 1)).map(r -> r.agent().equals("GOV")).orElse(false));
  }

  @Test
  void verbs_specificEntriesComeFirst() throws IOException {
    List<LexiconEntry> attack = Dictionaries.builtIn().verbs().nouns("assault");
    assertEquals("195", attack.get(0).code().code());
    assertEquals("190", attack.get(attack.size() - 1).code().code());
  }

  @Test
  void directory_overridesOneFileAndKeepsTheOthers() throws IOException {
    write("verbs.tsv", "kind\tlemma\tcode\tconditions\tintent\nverb\tharangue\t111\t-\t-\n");
    Dictionaries d = Dictionaries.load(new DirectoryDictionaries(dir, new BuiltInDictionaries()));
    assertEquals(1, d.verbs().size());
    assertTrue(d.actors().size() > 2000);
  }

  @Test
  void verbs_unknownCode_namesFileAndLine() throws IOException {
    write("verbs.tsv", "kind\tlemma\tcode\tconditions\tintent\n# comment\nverb\tattack\t999\t-\t-\n");
    assertEquals(dir.resolve("verbs.tsv") + ":3: unknown CAMEO event code '999'", loadError());
  }

  @Test
  void verbs_badCondition_namesFileAndLine() throws IOException {
    write("verbs.tsv", "kind\tlemma\tcode\tconditions\tintent\nverb\tattack\t190\twhen=night\t-\n");
    assertEquals(dir.resolve("verbs.tsv") + ":2: condition 'when=night' is not one of with=, mod=, obj=, subj=, prep=", loadError());
  }

  @Test
  void verbs_missingColumn_namesFileAndLine() throws IOException {
    write("verbs.tsv", "kind\tlemma\tcode\tconditions\tintent\nverb\tattack\t190\n");
    assertEquals(dir.resolve("verbs.tsv") + ":2: expected 5 tab-separated columns, found 3", loadError());
  }

  @Test
  void people_badDate_namesFileLineAndColumn() throws IOException {
    write("people.tsv", "names\tcountry\trole\tfrom\tto\tnote\nJoe Biden\tUSA\tGOV\t20/01/2021\t-\tPresident\n");
    assertEquals(dir.resolve("people.tsv") + ":2: column 4: expected a date YYYY-MM-DD, found '20/01/2021'", loadError());
  }

  @Test
  void countries_lowerCaseCode_namesFileAndLine() throws IOException {
    write("countries.tsv", "code\tnames\tadjectives\tgovernment_metonyms\nrus\tRussia\tRussian\tMoscow\n");
    assertEquals(dir.resolve("countries.tsv") + ":2: column 1: expected an upper-case code, found 'rus'", loadError());
  }

  private String loadError() {
    DyadInputException e =
        assertThrows(DyadInputException.class, () -> Dictionaries.load(new DirectoryDictionaries(dir, new BuiltInDictionaries())));
    return e.getMessage();
  }

  private static NameEntry first(ActorDictionary actors, String name) {
    List<NameEntry> entries = actors.lookup(ActorDictionary.key(name));
    assertFalse(entries.isEmpty(), name);
    return entries.get(0);
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}

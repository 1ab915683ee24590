package org.dyad.typer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.coder.typing.Exemplar;
import org.junit.jupiter.api.Test;

/** The exemplar bank, its vectors' SHA-256 guard and the leakage guard; no model needed. */
class ExemplarBankTest {
  private static final Set<String> SUB_EVENT_TYPES = Set.of("Armed clash", "Government regains territory",
      "Non-state actor overtakes territory", "Chemical weapon", "Air/drone strike", "Suicide bomb",
      "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
      "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
      "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement", "Arrests",
      "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
      "Looting/property destruction", "Non-violent transfer of territory", "Other");

  @Test
  void shipped_bank_is_well_formed() {
    ExemplarBank bank = ExemplarBank.load();
    assertTrue(bank.size() > 2000, bank.toString());
    Set<String> ids = new HashSet<>();
    Map<String, Integer> origins = new TreeMap<>();
    Set<String> subTypes = new HashSet<>();
    for (Exemplar e : bank.exemplars()) {
      assertTrue(ids.add(e.id()), "duplicate id " + e.id());
      origins.merge(e.origin(), 1, Integer::sum);
      if (e.kind().equals("subevent")) {
        assertTrue(SUB_EVENT_TYPES.contains(e.label()), e.toString());
        subTypes.add(e.label());
      } else {
        assertTrue(e.label().equals(Exemplar.NO_EVENT) || e.label().matches("\\d{2,4}"), e.toString());
      }
      assertFalse(e.text().matches(".*(ÇƒÙ|‚Äô|Çƒ˘).*"), "mojibake in " + e.id());
    }
    assertEquals(SUB_EVENT_TYPES, subTypes, "every sub-event type has exemplars");
    assertEquals(Set.of("icews-cameo-desc", "icews-cameo-example", "ngec-plover", "dyad-acled", "dev.jsonl", "real.jsonl"),
        origins.keySet());
    assertTrue(origins.get("dyad-acled") >= 50, origins.toString());
  }

  @Test
  void normalize_folds_case_punctuation_and_spaces() {
    assertEquals("moscow s deal with u s", ExemplarBank.normalize("  Moscow’s   DEAL — with U.S.!"));
    assertEquals(ExemplarBank.normalize("Moscow's deal with U.S."), ExemplarBank.normalize("moscow’s deal, with u.s"));
    assertEquals("", ExemplarBank.normalize(" ... "));
  }

  @Test
  void excluding_drops_an_origin_and_equal_texts_and_keeps_rows() {
    ExemplarBank bank = ExemplarBank.load();
    Exemplar probe = bank.exemplars().stream().filter(e -> e.origin().equals("icews-cameo-example")).findFirst().orElseThrow();
    ExemplarBank filtered = bank.excluding("dev.jsonl", List.of(probe.text().toUpperCase() + "  "));
    assertTrue(filtered.exemplars().stream().noneMatch(e -> e.origin().equals("dev.jsonl")));
    assertFalse(filtered.exemplars().contains(probe));
    long dev = bank.exemplars().stream().filter(e -> e.origin().equals("dev.jsonl")).count();
    assertEquals(bank.size() - dev - 1, filtered.size());
    for (int i = 0; i < filtered.size(); i++) {
      assertEquals(filtered.exemplars().get(i), bank.exemplars().get(filtered.row(i)), "rows point into the shipped file");
    }
    assertEquals(bank.sha256(), filtered.sha256());
  }

  @Test
  void shipped_vectors_match_the_shipped_tsv() {
    ExemplarBank bank = ExemplarBank.load();
    float[] v = ExemplarVectors.load(bank);
    assertEquals(bank.size() * ExemplarVectors.DIMENSION, v.length);
    for (int row : new int[] {0, bank.size() / 2, bank.size() - 1}) {
      double norm = 0;
      for (int j = 0; j < ExemplarVectors.DIMENSION; j++) {
        norm += v[row * ExemplarVectors.DIMENSION + j] * v[row * ExemplarVectors.DIMENSION + j];
      }
      assertEquals(1.0, norm, 1e-3, "row " + row + " is a unit vector");
    }
  }

  @Test
  void vectors_of_another_tsv_are_refused_with_a_clear_message() throws IOException {
    byte[] shipped;
    try (InputStream in = ExemplarBank.class.getResourceAsStream(ExemplarBank.RESOURCE)) {
      shipped = in.readAllBytes();
    }
    byte[] edited = (new String(shipped, StandardCharsets.UTF_8) + "x-1\tcameo\t010\tdyad-acled\tAn added row.\n")
        .getBytes(StandardCharsets.UTF_8);
    ExemplarBank changed = ExemplarBank.read(edited, "edited.tsv");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ExemplarVectors.load(changed));
    assertTrue(e.getMessage().contains("exemplars.f32 was computed from another exemplars.tsv"), e.getMessage());
    assertTrue(e.getMessage().contains(changed.sha256()) && e.getMessage().contains("BuildExemplarVectors"), e.getMessage());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExemplarVectors.write(out, changed.sha256(), new float[][] {new float[ExemplarVectors.DIMENSION]});
    IllegalStateException count = assertThrows(IllegalStateException.class,
        () -> ExemplarVectors.read(new ByteArrayInputStream(out.toByteArray()), changed));
    assertTrue(count.getMessage().contains("holds 1 vectors"), count.getMessage());
    assertThrows(IllegalStateException.class, () -> ExemplarVectors.read(new ByteArrayInputStream(new byte[10]), changed));
  }

  /**
   * The leakage guard: for each evaluation file, the bank it is scored against (without its own
   * origin and without any exemplar whose normalized text is one of its sentences) holds none of
   * its sentences. Runs on the repository's gold files and on ../shared/data's when it is there.
   */
  @Test
  void no_evaluation_sentence_is_in_its_filtered_bank() throws IOException {
    ExemplarBank bank = ExemplarBank.load();
    List<Path> files = new ArrayList<>(List.of(GoldTexts.DEV, GoldTexts.REAL));
    for (Path p : GoldTexts.SHARED_SETS) {
      if (Files.exists(p)) {
        files.add(p);
      } else {
        System.out.println("leakage guard: skipped (absent) " + p);
      }
    }
    for (Path file : files) {
      String origin = file.getFileName().toString();
      List<String> texts = GoldTexts.texts(file);
      assertTrue(texts.size() > 10, file + ": " + texts.size() + " sentences read");
      ExemplarBank filtered = bank.excluding(origin, texts);
      Set<String> normalized = new HashSet<>();
      texts.forEach(t -> normalized.add(ExemplarBank.normalize(t)));
      List<String> leaked = new ArrayList<>();
      for (Exemplar e : filtered.exemplars()) {
        if (normalized.contains(ExemplarBank.normalize(e.text())) || e.origin().equals(origin)) {
          leaked.add(e.id());
        }
      }
      assertEquals(List.of(), leaked, file + ": exemplars equal to its sentences");
      Map<String, Integer> dropped = new TreeMap<>();
      Set<Exemplar> kept = new HashSet<>(filtered.exemplars());
      bank.exemplars().stream().filter(e -> !kept.contains(e)).forEach(e -> dropped.merge(e.origin(), 1, Integer::sum));
      System.out.printf("leakage guard: %s: %d sentences; dropped from the bank %s%n", origin, texts.size(), dropped);
    }
  }
}

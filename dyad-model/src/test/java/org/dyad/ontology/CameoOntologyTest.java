package org.dyad.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.dyad.model.EventCode;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;
import org.junit.jupiter.api.Test;

class CameoOntologyTest {
  private final CameoOntology ontology = CameoOntology.load();

  @Test
  void load_hasEveryRootAndAboutThreeHundredCodes() {
    for (int root = 1; root <= 20; root++) {
      String code = String.format(java.util.Locale.ROOT, "%02d", root);
      assertTrue(ontology.find(code).isPresent(), "root " + code);
    }
    assertTrue(ontology.all().size() >= 300, "codes: " + ontology.all().size());
  }

  @Test
  void everyCode_hasItsParentAndRootAndConsistentQuadClass() {
    for (EventCode c : ontology.all()) {
      assertTrue(ontology.find(c.root()).isPresent(), "root of " + c.code());
      if (c.code().length() > 2) {
        assertTrue(ontology.parent(c.code()).isPresent(), "parent of " + c.code());
      }
      assertEquals(QuadClass.ofRoot(Integer.parseInt(c.root())), c.quadClass(), c.code());
      assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
      assertFalse(c.name().isBlank(), c.code());
    }
  }

  @Test
  void knownCodes_carryGdeltGoldsteinAndPlover() {
    EventCode aerial = ontology.get("195");
    assertEquals(-10.0, aerial.goldstein());
    assertEquals(PloverType.ASSAULT, aerial.ploverType());
    assertEquals("aerial", aerial.ploverMode());
    assertEquals(PloverType.AID, ontology.get("072").ploverType());
    assertEquals(PloverType.THREATEN, ontology.get("130").ploverType());
    assertEquals("13", ontology.get("1384").root());
    // GDELT's value, where ICEWS has -5.0.
    assertEquals(-2.0, ontology.get("016").goldstein());
  }

  @Test
  void children_ofRoot19_areItsBaseCodes() {
    List<String> codes = ontology.children("19").stream().map(EventCode::code).toList();
    assertTrue(codes.containsAll(List.of("190", "191", "192", "193", "194", "195", "196")), codes.toString());
  }

  @Test
  void get_unknownCode_namesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ontology.get("999"));
    assertEquals("unknown CAMEO event code: 999", e.getMessage());
  }

  @Test
  void read_wrongColumnCount_namesLine() {
    String tsv = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\n190\tFight\t-10\n";
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> CameoOntology.read(new BufferedReader(new StringReader(tsv)), "t.tsv"));
    assertEquals("t.tsv:2: expected 7 tab-separated columns, found 3", e.getMessage());
  }
}

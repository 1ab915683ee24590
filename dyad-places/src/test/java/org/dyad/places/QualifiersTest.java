package org.dyad.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QualifiersTest {
  private static Gazetteer gazetteer;
  private static Qualifiers qualifiers;

  @BeforeAll
  static void load() throws IOException {
    gazetteer = Gazetteer.load();
    qualifiers = new Qualifiers(gazetteer);
  }

  private static List<String> narrowed(String name, String qualifier) {
    return qualifiers.narrow(gazetteer.lookup(name), qualifier).stream().map(p -> p.country() + " " + p.admin1()).distinct().toList();
  }

  @Test
  void aUsState_keepsThePlacesInThatState() {
    assertEquals(List.of("USA TX"), narrowed("Paris", "Texas"));
  }

  @Test
  void aCountry_keepsThePlacesInThatCountry() {
    assertTrue(narrowed("Tripoli", "Lebanon").stream().allMatch(p -> p.startsWith("LBN")), narrowed("Tripoli", "Lebanon").toString());
    assertTrue(!narrowed("Tripoli", "Lebanon").isEmpty());
  }

  @Test
  void aDivision_keepsThePlacesInThatDivision() {
    assertTrue(narrowed("London", "Ontario").stream().allMatch(p -> p.startsWith("CAN")), narrowed("London", "Ontario").toString());
    assertTrue(!narrowed("London", "Ontario").isEmpty());
  }

  @Test
  void aQualifierThatIsNoPlaceOfTheName_narrowsToNothing() {
    assertEquals(List.of(), narrowed("Paris", "Reuters"));
  }

  @Test
  void aQualifiersRegions_areTheCountriesAndDivisionsItNames() {
    // "Niger" is the country and Nigeria's Niger State; "Tillia" names no place in either (Tilburg holds "Tilia")
    assertEquals(List.of("NER ", "NGA 31"), qualifiers.regions("Niger").stream().map(p -> p.country() + " " + p.admin1()).toList());
    assertEquals(List.of(), Qualifiers.within(gazetteer.lookup("Abala"), qualifiers.regions("Niger")));
    assertTrue(!Qualifiers.within(gazetteer.lookup("Minna"), qualifiers.regions("Niger")).isEmpty()); // Minna, Niger State
  }
}

package org.dyad.store.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ISO 3166-1 alpha-3 to FIPS 10-4 as GDELT's geography uses it (FIPS PUB 10-4): the codes that
 * differ from ISO alpha-2 are the ones a naive mapping gets wrong.
 */
class CountryCodesTest {
  private static final CountryCodes COUNTRIES = CountryCodes.load();

  @Test
  void fipsCodes_areFips104_notIsoAlpha2() {
    List<String> pairs = List.of("UKR UP", "RUS RS", "DEU GM", "AUT AU", "AUS AS", "GBR UK", "CHN CH", "ISR IS", "PSE WE", "SSD OD",
        "IRQ IZ", "NGA NI", "NER NG", "GTM GT", "GIN GV", "ZAF SF", "COD CG", "COG CF", "USA US",
        "XKX KV"); // Kosovo: XKX, as the gazetteer's towns and country row write it (world-countries' UNK before)
    for (String pair : pairs) {
      String[] p = pair.split(" ");
      assertEquals(p[1], COUNTRIES.byIso3(p[0]).orElseThrow().fips(), p[0]);
      assertEquals(p[0], COUNTRIES.byFips(p[1]).orElseThrow().iso3(), p[1]);
    }
  }

  @Test
  void eachCountry_hasOneFipsCode_andIsoNumericAndCowWhereKnown() {
    assertEquals(COUNTRIES.all().size(), COUNTRIES.all().stream().map(CountryCodes.Country::fips).distinct().count());
    assertEquals(List.of("804", "369", "Ukraine"), List.of(COUNTRIES.byIso3("UKR").orElseThrow().isoNumeric(),
        COUNTRIES.byIso3("UKR").orElseThrow().cow(), COUNTRIES.byIso3("UKR").orElseThrow().name()));
    assertEquals("2", COUNTRIES.byIso3("USA").orElseThrow().cow());
  }
}

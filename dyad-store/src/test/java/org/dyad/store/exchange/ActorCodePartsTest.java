package org.dyad.store.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** CAMEO actor codes split as GDELT's actor attributes (CAMEO manual 1.1b3, chapter 3; GDELT 2.0 Event Codebook). */
class ActorCodePartsTest {
  private static final CountryCodes COUNTRIES = CountryCodes.load();

  private static ActorCodeParts split(String code) {
    return ActorCodeParts.split(code, g -> COUNTRIES.byIso3(g).isPresent());
  }

  @Test
  void countryThenRoles_fillCountryAndTypesInOrder() {
    assertEquals(new ActorCodeParts("USA", "", "", "", "", "GOV", "", ""), split("USAGOV"));
    assertEquals(new ActorCodeParts("RUS", "", "", "", "", "MIL", "SPY", ""), split("RUSMILSPY"));
    assertEquals(new ActorCodeParts("", "", "", "", "", "", "", ""), split(""));
  }

  @Test
  void organizationsRegionsReligionsAndEthnicGroups_takeTheirOwnFields() {
    assertEquals(new ActorCodeParts("", "UNO", "", "", "", "IGO", "", ""), split("IGOUNO"));
    assertEquals(new ActorCodeParts("", "NAT", "", "", "", "IGO", "", ""), split("IGOWSTNAT"));
    assertEquals(new ActorCodeParts("WST", "", "", "", "", "", "", ""), split("WST"));
    assertEquals(new ActorCodeParts("IRQ", "", "", "MOS", "SHI", "", "", ""), split("IRQMOSSHI"));
    assertEquals(new ActorCodeParts("TUR", "", "kur", "", "", "REB", "", ""), split("TURkurREB"));
  }
}

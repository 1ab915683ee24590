package org.dyad.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.places.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TruecaserTest {
  private static Truecaser truecaser;

  @BeforeAll
  static void load() throws IOException {
    Dictionaries dictionaries = Dictionaries.builtIn();
    truecaser = new Truecaser(dictionaries.actors(), Gazetteer.load(), dictionaries.verbs());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "russian troops attacked kharkiv overnight, ukraine's military said.|Russian troops attacked Kharkiv overnight, Ukraine's military said.",
      "RUSSIAN TROOPS ATTACKED KHARKIV.|Russian troops attacked Kharkiv.",
      "u.s. troops left. nato met in brussels.|U.S. troops left. NATO met in Brussels.",
      "police in nairobi arrested 20 people.|Police in Nairobi arrested 20 people.",
      "police fired at workers who blocked a railway line.|Police fired at workers who blocked a railway line.",
      // a division named as one, whatever its size
      "jets bombed a village in sagaing region on monday.|Jets bombed a village in Sagaing region on monday.",
      // a division that owns a place; not a word of direction that names one
      "clashes in chhattisgarh's forests ended.|Clashes in Chhattisgarh's forests ended.",
      "the north's economy grew.|The north's economy grew.",
      // a name with figures in it
      "rebels from the m23 group captured rubaya.|Rebels from the M23 group captured rubaya.",
      // "us" is the country after "the", before a sector noun, or listed with a country; else the pronoun
      "us troops left iraq. iran accused the us.|US troops left Iraq. Iran accused the US.",
      "china and us hold talks. mexico, us agree.|China and US hold talks. Mexico, US agree.",
      "police told us that the protest in kenya ended.|Police told us that the protest in Kenya ended.",
      // a sentence opened by "us" opens with the country (the pronoun's subject form is "we")
      "us imposes sanctions on iran.|US imposes sanctions on Iran.",
      // a lower-cased headline's last place, whatever its size
      "bandits abduct 20 students in zamfara|Bandits abduct 20 students in Zamfara"})
  void restoresCapitals_keepingEveryOffset(String caseless, String expected) {
    String restored = truecaser.truecase(caseless);
    assertEquals(expected, restored);
    assertEquals(caseless.length(), restored.length());
  }

  @Test
  void caseless_onlyWhenOneCaseThroughout() {
    assertTrue(Truecaser.isCaseless("russian troops attacked kharkiv overnight."));
    assertTrue(Truecaser.isCaseless("RUSSIAN TROOPS ATTACKED KHARKIV OVERNIGHT."));
    assertFalse(Truecaser.isCaseless("Russian troops attacked Kharkiv overnight."));
    assertFalse(Truecaser.isCaseless("ok")); // too short to tell
  }

  @Test
  void titleCaseHeadlines_sayNothingOfNamesEither() {
    assertTrue(Truecaser.isCaseless("Senegal Police Fire Tear Gas at Protesters Angry Over Election Delay"));
    assertFalse(Truecaser.isCaseless("Senegal police fired tear gas at protesters in Dakar on Friday."));
    assertFalse(Truecaser.isCaseless("EU Fines Apple")); // too few long words to tell
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a Title Case headline's last locative object may be a smaller place: a seat of no population, a division
      "Soldiers Kill 12 Militants Near Tessalit|Soldiers kill 12 militants near Tessalit",
      "Gunmen Kill Five In Zamfara Village Attack|Gunmen kill five in Zamfara village attack",
      // elsewhere only places of 100,000 people or more, and never a place named only by an alternate spelling (Marquette's "Market")
      "Suicide Bomber Kills Nine At Market|Suicide bomber kills nine at market",
      "Police Clash With Protesters In Kisii After Tessalit Rally|Police clash with protesters in Kisii after tessalit rally"})
  void aTitleCaseHeadlinesPlace_keepsItsCapital(String headline, String expected) {
    assertEquals(expected, truecaser.truecase(headline));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Armenian PM Visits Ankara for Border Talks|Armenian PM visits Ankara for border talks",
      "RSF Fighters Storm Camp Near El Fasher, UN Says|RSF fighters storm camp near El Fasher, UN says"})
  void aTitleCaseHeadlinesAbbreviation_keepsItsCapitals(String headline, String expected) {
    assertEquals(expected, truecaser.truecase(headline));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Slovak PM Fico Shot and Wounded in Handlova|Slovak PM Fico shot and wounded in handlova",
      "Opposition Leader Besigye Arrested in Kampala|Opposition leader Besigye arrested in Kampala",
      // not a title followed by another title or a lower-case word
      "Police Question President Over Leaked Memo|Police question president over leaked memo"})
  void aTitleCaseHeadlinesNameAfterATitle_keepsItsCapital(String headline, String expected) {
    assertEquals(expected, truecaser.truecase(headline));
  }
}

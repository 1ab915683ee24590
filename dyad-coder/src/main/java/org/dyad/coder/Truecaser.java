package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.coder.dictionary.ActorDictionary;
import org.dyad.coder.dictionary.NameEntry;
import org.dyad.coder.dictionary.NameKind;
import org.dyad.places.Gazetteer;
import org.dyad.places.HeadlinePlaces;
import org.dyad.places.Locatives;
import org.dyad.places.Place;

/**
 * Gives a caseless article (all lower or all upper case, as many news archives are) the capitals
 * the tagger and the dictionaries expect: sentence starts, and every run of words that is a proper
 * name of the actor dictionary ("russia", "vladimir putin", "nato") or a sizeable gazetteer place
 * ("kharkiv"). Only letters change case, so every character offset stays valid and evidence spans
 * still point into the article as written. Chosen over CoreNLP's truecaser (about 100 MB and
 * slow) and its caseless tagger (it would leave Dyad's own name matching caseless anyway).
 * Thread-safe.
 */
final class Truecaser {
  private static final Pattern WORD = Pattern.compile("(?:\\p{L}\\.){2,}|\\p{L}[\\p{L}\\p{N}]*");
  /** Short all-capital names ("US", "UN", "WHO") that are also common words in lower case. */
  private static final Set<String> COMMON = Set.of(
      "us", "it", "am", "is", "as", "at", "in", "on", "or", "an", "no", "so", "do", "be", "we", "he", "me", "my", "go", "up", "oh",
      "who", "ice", "aid");
  private static final int LONGEST_PLACE = 3;
  /** The most words a text without a closing full stop may have to be read as a headline. */
  private static final int HEADLINE_WORDS = 16;
  /** Words of direction and geography that also name divisions ("North", Cameroon; "Plateau", Nigeria). */
  private static final Set<String> GEOGRAPHIC_WORDS = Set.of("north", "south", "east", "west", "central", "northern", "southern",
      "eastern", "western", "centre", "center", "coast", "upper", "lower", "capital", "islands", "lakes", "plateau", "delta", "rivers",
      "federal", "mountain", "highlands", "valley", "border", "interior", "littoral", "maritime");
  private static final long MIN_POPULATION = 100_000;

  private final ActorDictionary dictionary;
  private final Gazetteer gazetteer;
  private final org.dyad.coder.dictionary.VerbLexicon verbs;

  Truecaser(ActorDictionary dictionary, Gazetteer gazetteer, org.dyad.coder.dictionary.VerbLexicon verbs) {
    this.dictionary = dictionary;
    this.gazetteer = gazetteer;
    this.verbs = verbs;
  }

  /**
   * Whether a text's letter case says nothing of its names: one case only (at least 20 letters), or
   * a headline in Title Case ("Pakistani Police Round Up Opposition Supporters Ahead of Lahore
   * Rally"), where every word is capitalised and the tagger would take each for a name.
   */
  static boolean isCaseless(String text) {
    return isOneCase(text) || isTitleCase(text);
  }

  /** At least four words of four or more letters, nine in ten of them capitalised. */
  static boolean isTitleCase(String text) {
    int long4 = 0;
    int capitalised = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (m.end() - m.start() >= 4) {
        long4++;
        capitalised += Character.isUpperCase(text.charAt(m.start())) ? 1 : 0;
      }
    }
    return long4 >= 4 && capitalised * 10 >= long4 * 9;
  }

  private static boolean isOneCase(String text) {
    int lower = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        lower++;
      } else if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return lower + upper >= 20 && (upper == 0 || lower == 0);
  }

  /** The text with capitals restored; the same length as the input. */
  String truecase(String text) {
    // An all-capital article is lower-cased first; char by char, so the length cannot change.
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = Character.toLowerCase(out[i]);
    }
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(new String(out));
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    if (!isOneCase(text)) {
      keepAbbreviations(text, out, words);
      keepTitledNames(text, out, words);
    }
    Set<Integer> headline = headlinePlacesAt(text, words);
    for (int i = 0; i < words.size(); i++) {
      Name name = name(out, words, i, headline.contains(i));
      if (name != null) {
        int from = words.get(i)[0];
        int to = words.get(i + name.words() - 1)[1];
        if (!copyCase(out, from, to, name.written())) {
          for (int k = i; k < i + name.words(); k++) {
            capitalize(out, words.get(k));
          }
        }
        i += name.words() - 1;
      }
    }
    capitalizeSentenceStarts(out);
    return new String(out);
  }

  /**
   * In a Title Case headline, a word written all in capitals ("Armenian PM Visits Ankara", "US",
   * "RSF") is an abbreviation as written, not a capitalised word: it keeps its capitals.
   */
  private static void keepAbbreviations(String text, char[] out, List<int[]> words) {
    for (int[] w : words) {
      boolean capitals = w[1] - w[0] >= 2;
      for (int c = w[0]; c < w[1] && capitals; c++) {
        capitals = !Character.isLetter(text.charAt(c)) || Character.isUpperCase(text.charAt(c));
      }
      if (capitals) {
        text.getChars(w[0], w[1], out, w[0]);
      }
    }
  }

  /** Titles a Title Case headline puts before a person's name: "Slovak PM Fico Shot and Wounded". */
  private static final Set<String> TITLES = Set.of("pm", "president", "premier", "chancellor", "minister", "leader", "king", "queen",
      "prince", "pope", "senator", "governor", "mayor", "judge", "general", "gen", "sheikh", "emir", "sultan", "cardinal", "bishop",
      "speaker", "commander", "mp", "lawmaker", "activist", "opposition");

  /**
   * In a Title Case headline, the word after a title ("PM Fico", "Opposition Leader Besigye") is a
   * name as written, though no dictionary knows it: it keeps its capital.
   */
  private void keepTitledNames(String text, char[] out, List<int[]> words) {
    for (int k = 1; k < words.size(); k++) {
      int[] title = words.get(k - 1);
      int[] name = words.get(k);
      String word = text.substring(name[0], name[1]).toLowerCase(java.util.Locale.ROOT);
      boolean adjacent = name[0] - title[1] == 1 && text.charAt(title[1]) == ' ';
      if (adjacent && TITLES.contains(text.substring(title[0], title[1]).toLowerCase(java.util.Locale.ROOT))
          && Character.isUpperCase(text.charAt(name[0])) && !TITLES.contains(word) && !NOT_NAMES.contains(word) && !verb(word)) {
        out[name[0]] = text.charAt(name[0]);
      }
    }
  }

  /** Short words a headline capitalises that are no names: "President Over Leaked Memo". */
  private static final Set<String> NOT_NAMES = Set.of("over", "in", "at", "on", "to", "for", "with", "after", "as", "amid", "and",
      "says", "say", "said", "is", "was", "has", "had", "will", "of", "from", "by", "near", "against");

  /** Whether a headline's word is a verb of the lexicon, as written or in its base form ("Visits", "Arrested"). */
  private boolean verb(String word) {
    for (String base : List.of(word, word.replaceAll("(es|s|ed|d)$", ""), word.replaceAll("s$", ""), word.replaceAll("ed$", ""))) {
      if (!verbs.verbs(base).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A proper name found at a word: how many words it spans and how the dictionary writes it. */
  private record Name(int words, String written) {}

  /**
   * In Title Case and lower-cased headlines, each one's word after its last locative preposition, where a smaller place
   * may stand ({@link HeadlinePlaces}).
   */
  private static Set<Integer> headlinePlacesAt(String text, List<int[]> words) {
    boolean titleCase = isTitleCase(text) && !isOneCase(text);
    return titleCase || isOneCase(text) && headline(text, words) ? HeadlinePlaces.lastLocativeObjects(text, words) : Set.of();
  }

  /** A lower-cased headline: a few words with no closing full stop ("bandits abduct 20 students in zamfara"). */
  private static boolean headline(String text, List<int[]> words) {
    String t = text.strip();
    return words.size() <= HEADLINE_WORDS && !t.isEmpty() && ".!?".indexOf(t.charAt(t.length() - 1)) < 0;
  }

  /** The proper name starting at word i (dictionary first, then gazetteer; at a headline's place, a smaller place too), or null. */
  private Name name(char[] text, List<int[]> words, int i, boolean headline) {
    int longest = Math.max(dictionary.longestName(), LONGEST_PLACE);
    for (int n = Math.min(longest, words.size() - i); n >= 1; n--) {
      if (!adjacent(text, words, i, n)) {
        continue;
      }
      String run = new String(text, words.get(i)[0], words.get(i + n - 1)[1] - words.get(i)[0]);
      for (NameEntry e : dictionary.lookup(ActorDictionary.key(run))) {
        if (e.proper() && (!(e.caseSensitive() && COMMON.contains(run)) || e.kind() == NameKind.COUNTRY && countryInContext(text, words, i))) {
          return new Name(n, e.written());
        }
      }
      // ("sagaing region", "zamfara state": a division named as one, whatever its size; "chhattisgarh's bijapur
      // district": a division that owns a place, unless its name is a word of direction or geography)
      boolean division = i + n < words.size() && Locatives.DIVISION_WORDS.contains(wordAt(text, words, i + n))
          && adjacent(text, words, i, n + 1)
          || possessive(text, words.get(i + n - 1)[1]) && !GEOGRAPHIC_WORDS.contains(run);
      if (n <= LONGEST_PLACE) {
        for (Place p : gazetteer.lookup(run)) {
          if (p.isCountry() || p.population() >= MIN_POPULATION || headline && HeadlinePlaces.mayBe(p, run) || division && p.isDivision()) {
            return new Name(n, p.name());
          }
        }
      }
    }
    return null;
  }

  /** Whether the word ending at {@code end} takes a possessive "'s" ("chhattisgarh's"). */
  private static boolean possessive(char[] text, int end) {
    return end + 1 < text.length && (text[end] == '\'' || text[end] == '\u2019') && text[end + 1] == 's'
        && (end + 2 == text.length || !Character.isLetter(text[end + 2]));
  }

  /**
   * Writes the name's letters in the case the dictionary writes them ("nato" → "NATO", "u.s." →
   * "U.S."), when text and name have the same letters; false when they differ (then each word
   * is capitalized).
   */
  private static boolean copyCase(char[] text, int from, int to, String written) {
    StringBuilder letters = new StringBuilder();
    for (char c : written.toCharArray()) {
      if (Character.isLetter(c)) {
        letters.append(c);
      }
    }
    int k = 0;
    for (int c = from; c < to; c++) {
      if (Character.isLetter(text[c])) {
        if (k >= letters.length() || Character.toLowerCase(letters.charAt(k)) != Character.toLowerCase(text[c])) {
          return false;
        }
        k++;
      }
    }
    if (k != letters.length()) {
      return false;
    }
    k = 0;
    for (int c = from; c < to; c++) {
      if (Character.isLetter(text[c])) {
        text[c] = letters.charAt(k++);
      }
    }
    return true;
  }

  /**
   * Whether a short country name that is also a common word ("us") stands as the country here: after
   * "the" ("to the us"), before a sector noun ("us troops", "us officials"), or in a list with another
   * country ("mexico, us agree", "china and us").
   */
  private boolean countryInContext(char[] text, List<int[]> words, int i) {
    String before = i > 0 ? wordAt(text, words, i - 1) : "";
    String after = i + 1 < words.size() ? wordAt(text, words, i + 1) : "";
    if (before.equals("the") || isKind(after, NameKind.AGENT) || opensSentence(text, words.get(i)[0])) {
      return true; // ("us imposes sanctions on …": the pronoun never opens a clause; its subject form is "we")
    }
    String beforeList = i > 1 && (before.equals("and") || separatedByComma(text, words, i - 1)) ? wordAt(text, words, i - (before.equals("and") ? 2 : 1)) : "";
    String afterList = i + 2 < words.size() && after.equals("and") ? wordAt(text, words, i + 2)
        : i + 1 < words.size() && separatedByComma(text, words, i) ? after : "";
    return isKind(beforeList, NameKind.COUNTRY) || isKind(afterList, NameKind.COUNTRY);
  }

  /** Whether the word starting at {@code start} opens the text or a sentence (after ".", "!", "?" or ":"). */
  private static boolean opensSentence(char[] text, int start) {
    for (int c = start - 1; c >= 0; c--) {
      if (!Character.isWhitespace(text[c])) {
        return text[c] == '.' || text[c] == '!' || text[c] == '?' || text[c] == ':';
      }
    }
    return true;
  }

  /** Whether a comma stands between word k and the next. */
  private static boolean separatedByComma(char[] text, List<int[]> words, int k) {
    if (k + 1 >= words.size()) {
      return false;
    }
    String between = new String(text, words.get(k)[1], words.get(k + 1)[0] - words.get(k)[1]).strip();
    return between.equals(",");
  }

  private boolean isKind(String word, NameKind kind) {
    return !word.isEmpty() && dictionary.lookup(ActorDictionary.key(word)).stream().anyMatch(e -> e.kind() == kind);
  }

  private static String wordAt(char[] text, List<int[]> words, int k) {
    return new String(text, words.get(k)[0], words.get(k)[1] - words.get(k)[0]);
  }

  /** Whether words i … i+n-1 follow one another with only spaces or hyphens between them. */
  private static boolean adjacent(char[] text, List<int[]> words, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      for (int c = words.get(k - 1)[1]; c < words.get(k)[0]; c++) {
        if (text[c] != ' ' && text[c] != '-') {
          return false;
        }
      }
    }
    return true;
  }

  private static void capitalize(char[] text, int[] word) {
    boolean abbreviation = text[word[1] - 1] == '.';
    for (int c = word[0]; c < word[1]; c++) {
      if (c == word[0] || (abbreviation && Character.isLetter(text[c]))) {
        text[c] = Character.toUpperCase(text[c]);
      }
    }
  }

  /** The first letter of the text, of each line and after a full stop, question or exclamation mark. */
  private static void capitalizeSentenceStarts(char[] text) {
    boolean start = true;
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if (Character.isLetter(c)) {
        if (start) {
          text[i] = Character.toUpperCase(c);
        }
        start = false;
      } else if (c == '\n' || ((c == '.' || c == '?' || c == '!') && i + 1 < text.length && Character.isWhitespace(text[i + 1])
          && !(c == '.' && i >= 2 && text[i - 2] == '.'))) { // "u.s. troops" goes on
        start = true;
      } else if (Character.isDigit(c)) {
        start = false;
      }
    }
  }
}

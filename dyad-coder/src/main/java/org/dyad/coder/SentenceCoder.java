package org.dyad.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.coder.dictionary.Conditions;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.coder.dictionary.LexiconEntry;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.Casualties;
import org.dyad.model.ConflictType;
import org.dyad.model.CountrySource;
import org.dyad.model.EventTime;
import org.dyad.model.QuadClass;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventCode;
import org.dyad.model.Evidence;
import org.dyad.model.Location;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.ontology.ConflictTypes;
import org.dyad.places.Place;

/**
 * Codes one parsed sentence: finds its event words ({@link TriggerFinder}), decides whether each
 * is reported as done ({@link ModalityAnalyzer}), finds source and target ({@link
 * ArgumentFinder}), gives unnamed actors a country ({@link CountryInference}), supplies the actor
 * an agentless act implies ("20 people were arrested": the police) and the target of a protest
 * against no one named (the country where it happens), and builds one event per source–target
 * pair. Thread-safe; the per-article {@link DiscourseMemory} is passed in.
 */
final class SentenceCoder {
  /** Sectors of no country that a statement may address: "the international community", "world leaders". */
  private static final Set<String> TRANSNATIONAL = Set.of("INT", "UIS");
  /** Marks the rule of a refusal read off a refused act. */
  private static final String REFUSAL = "refused: ";
  /** Sectors of politics, whose attacks on one another are words: government, elites, legislators, opposition, parties. */
  private static final Set<String> POLITICAL = Set.of("GOV", "ELI", "LEG", "OPP", "PTY");
  /** Verbs that report the toll of an act: "killed", "wounded", "injured". */
  private static final Set<String> TOLL_VERBS = Set.of("kill", "wound", "injure", "maim", "leave", "claim", "die", "hack", "stab", "behead");
  /** What "anti-" protests are against: the sector the word after "anti" names. */
  private static final Map<String, String> OPPOSED = Map.of("government", "GOV", "regime", "GOV", "junta", "MIL", "police", "COP");
  /** Verbs of fighting whose "with" party fought back: "clashed with", "fought with". */
  private static final Set<String> FIGHTING = Set.of("clash", "fight", "skirmish", "battle");
  /** "freed 10 Americans in a prisoner swap": the swap or exchange a release was part of, or -1. */
  private static int swap(DependencyTree tree, int trigger, EventCode code) {
    if (!code.code().startsWith("084")) {
      return -1;
    }
    return tree.children(trigger, "obl").stream().filter(c -> Set.of("swap", "exchange").contains(tree.lemma(c))).findFirst().orElse(-1);
  }

  /** The partner a swap names ("in a prisoner swap with the US"), if any. */
  private static Optional<ActorMention> swapPartner(DependencyTree tree, int trigger, EventCode code, ArgumentFinder arguments) {
    int swap = swap(tree, trigger, code);
    return swap < 0 ? Optional.empty() : tree.children(swap, "nmod").stream().filter(c -> tree.preposition(c).equals("with"))
        .map(arguments::actorAt).flatMap(Optional::stream).findFirst();
  }

  /** Acts both sides do with each other: consult, phone, talk, sign, cooperate, restore ties, agree a ceasefire. */
  private static final Set<String> MUTUAL = Set.of("040", "041", "046", "057", "050", "061", "062", "0871", "0311", "0312");
  /** Verbs whose object is the other side of a meeting: "met Y". */
  private static final Set<String> MEETING = Set.of("meet");
  /** Fights in which an act of force was done by one side of two that fought: "killed … in a gunfight". */
  private static final Set<String> BATTLES = Set.of("gunfight", "firefight", "gunbattle", "shootout", "clash", "fighting", "battle",
      "encounter", "skirmish", "exchange");
  /** Sectors that fight back: forces and armed groups. */
  private static final Set<String> ARMED_SIDES = Set.of("MIL", "COP", "REB", "INS", "UAF", "SEP", "CRM");
  /** Whether the act hosts a meeting rather than a guest: "talks hosted by Egypt", "hosted a round of talks between …". */
  private static boolean hostsAMeeting(DependencyTree tree, int t) {
    int object = tree.child(t, "obj");
    return tree.lemma(t).equals("host") && (object < 0 || MEETINGS.contains(tree.lemma(object)));
  }

  private static final Set<String> MEETINGS = Set.of("talk", "talks", "meeting", "summit", "conference", "negotiation", "round", "session",
      "forum", "dialogue");

  /** Making a visit (042) and hosting one (043): each is the other side's act too. */
  private static final Map<String, String> VISIT_AND_HOST = Map.of("042", "043", "043", "042");
  /** Taking territory (192). */
  private static final String TAKING_GROUND = "192";
  /** A planned meeting or visit (036). */
  private static final String PLANNED_MEETING = "036";
  /** A visit (042) is an official's, an envoy's or a delegation's trip. */
  private static final String VISIT = "042";
  /** People of no office, whose trips are no visits. */
  private static final Set<String> TRAVELLERS = Set.of("CVL", "AGR", "LAB", "EDU", "BUS", "REF");

  /** Verbs of killing: a crowd's killing is a killing by physical assault (1823). */
  private static final Set<String> KILLING = Set.of("kill", "lynch", "murder");
  /** Words of a target that make an assault by the police or military a repression of protest (175). */
  private static final Set<String> PROTESTERS = Set.of("protester", "protesters", "protestor", "protestors",
      "demonstrator", "demonstrators", "marcher", "marchers", "rioter", "rioters");
  private static final Set<String> CROWDS = Set.of("crowd", "crowds");
  /** Nouns of a protest that, as an act's setting, make its civilian victims protesters: "killed … during a protest". */
  private static final Set<String> PROTEST_SCENES = Set.of("protest", "demonstration", "rally", "march", "riot", "unrest", "sit-in");

  /** "were killed in police firing during a protest", "shot dead at a rally": the act's setting is a protest. */
  private static boolean duringProtest(DependencyTree tree, int trigger) {
    return tree.children(trigger, "obl", "nmod").stream()
        .anyMatch(c -> Set.of("during", "at", "amid").contains(tree.preposition(c)) && PROTEST_SCENES.contains(tree.lemma(c)))
        || tree.children(trigger, "obl").stream().filter(c -> tree.preposition(c).equals("in"))
            .anyMatch(c -> duringProtest(tree, c)) // "killed in police firing during a protest", parsed on the firing
        // "ran over a driver during protests …, killing him": a toll's participle is at the scene of the act it tells
        || tree.token(trigger).pos().equals("VBG") && tree.head(trigger) >= 0
            && Set.of("advcl", "xcomp", "dep").contains(tree.relation(trigger)) && duringProtest(tree, tree.head(trigger));
  }

  /** Participles that make a group protesters: "students demanding reform". */
  private static final Set<String> PROTESTING = Set.of("demand", "protest", "demonstrate", "march", "rally");

  private final Dictionaries dictionaries;
  private final PlaceNames places;
  private final TriggerFinder triggers;
  private final ModalityAnalyzer modality = new ModalityAnalyzer();
  private final EventTimes times = new EventTimes();
  private final TollFinder tolls = new TollFinder();
  private final ConflictTypes conflictTypes;

  private final Optional<HybridTyping> hybrid;

  SentenceCoder(Dictionaries dictionaries, PlaceNames places, ConflictTypes conflictTypes, Optional<HybridTyping> hybrid) {
    this.dictionaries = dictionaries;
    this.conflictTypes = conflictTypes;
    this.places = places;
    this.hybrid = hybrid;
    this.triggers = new TriggerFinder(dictionaries.verbs());
  }

  /** The events of a parsed sentence, with the trace of every decision. */
  Coded code(Article article, Sentence sentence, List<NameHit> hits, DiscourseMemory memory, ArticleContext context) {
    return code(article, sentence, hits, memory, context, Optional.empty());
  }

  /** The same, with the learned typer's typing of the sentence when it was typed before parsing. */
  Coded code(Article article, Sentence sentence, List<NameHit> hits, DiscourseMemory memory, ArticleContext context,
      Optional<org.dyad.coder.typing.Typing> typed) {
    sentence = CoordinatedOwners.repair(StolenObjects.repair(FiniteModifiers.repair(ReducedRelatives.repair(PatientSubjects.repair(sentence)))));
    DependencyTree tree = new DependencyTree(sentence);
    ActorResolver resolver = new ActorResolver(tree, hits, article.date(), dictionaries.actors(), places, context);
    ArgumentFinder arguments = new ArgumentFinder(tree, resolver, memory, dictionaries.facilities(), context.datelineCountry());
    CountryInference countries = new CountryInference(tree, resolver, context);
    List<Event> events = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    List<Trigger> found = new ArrayList<>(triggers.find(tree));
    found.addAll(actsInProtest(tree, resolver, found));
    SentenceFacts facts = new SentenceFacts(dictionaries.issues().in(ArticleCoder.words(sentence)),
        times.find(sentence.tokens(), article.date()), found.stream().map(Trigger::token).collect(java.util.stream.Collectors.toSet()),
        tolls.find(sentence.tokens()), words(tree), context.datelineCountry());
    Map<Integer, List<Event>> byTrigger = new HashMap<>();
    Map<Integer, Integer> tollsCodedAsCause = new HashMap<>();
    for (Trigger trigger : found) {
      Token word = tree.token(trigger.token());
      // "struck a building, killing three and injuring 14": the toll of a toll is the first act's
      int direct = causingEvent(tree, trigger, found);
      int cause = tollsCodedAsCause.getOrDefault(direct, direct);
      int before = events.size();
      String verdict;
      if (cause >= 0 && byTrigger.containsKey(cause) && byTrigger.get(cause).isEmpty()) {
        // "detonated a car bomb outside a police station, killing six officers": the act found no
        // target, so its toll, which names the victims, is coded as that act
        Trigger act = found.stream().filter(f -> f.token() == cause).findFirst().orElseThrow();
        Trigger asAct = new Trigger(trigger.token(), act.entry().code() != null ? act.entry() : trigger.entry());
        verdict = codeOne(article, sentence, tree, arguments, countries, asAct, Optional.empty(), facts, events)
            + " (the toll of '" + tree.token(cause).word() + "', which was not coded)";
        List<Event> added = events.subList(before, events.size());
        if (added.stream().anyMatch(e -> e.target().actor().country().isEmpty())) {
          added.clear(); // victims of no known country say too little of whom the act was aimed at
          verdict = "not coded: the toll of '" + tree.token(cause).word() + "', whose victims have no country";
        }
      } else {
        if (cause >= 0) {
          tollsCodedAsCause.put(trigger.token(), cause);
        }
        verdict = cause >= 0
            ? "not coded: the toll of '" + tree.token(cause).word() + "', coded as that event"
            : codeOne(article, sentence, tree, arguments, countries, trigger, tollOf(tree, trigger, found), facts, events);
      }
      byTrigger.put(trigger.token(), List.copyOf(events.subList(before, events.size())));
      decisions.add(new Decision(word.word(), trigger.entry().describe(), verdict));
    }
    dropTollsOfWhenClauses(tree, found, byTrigger, events, decisions);
    dropTollsOfCodedFights(found, byTrigger, events, decisions);
    dropActsOfCodedTolls(tree, found, byTrigger, events, decisions);
    dropSubjectsOfActs(tree, found, byTrigger, events, decisions);
    dropActsInProtestToldByTheirPurpose(tree, found, byTrigger, events, decisions);
    dropParticiplesOfProtests(tree, found, byTrigger, events, decisions);
    dropEventNounsOfCodedVerbs(tree, found, byTrigger, events, decisions);
    dropPurposesCodedTwice(tree, found, byTrigger, events, decisions);
    dropRefusalsCodedTwice(events);
    dropDescribedProtestsCodedTwice(tree, found, byTrigger, events, decisions);
    dropStrikesCalledOff(tree, found, byTrigger, events, decisions);
    retreatsOfTakeovers(events);
    if (hybrid.isPresent() && !resolver.mentions().isEmpty()) {
      typed(article, sentence, tree, arguments, countries, facts, events, decisions, typed);
    }
    memory.observe(tree, resolver);
    memory.observeActs(events);
    SentenceTrace trace = new SentenceTrace(sentence, tree.describe(), resolver.mentions(), decisions, "");
    return new Coded(events, trace);
  }

  /**
   * "Seventeen people were killed when security forces opened fire on protesters": an agentless
   * killing is the toll of the use of force its "when" clause tells. Once that act is coded, the
   * toll is part of it; when the act found no actors, the clause still names who acted, so the
   * toll is not coded with an implied, unidentified actor either.
   */
  private static void dropTollsOfWhenClauses(DependencyTree tree, List<Trigger> found, Map<Integer, List<Event>> byTrigger,
      List<Event> events, List<Decision> decisions) {
    for (int i = 0; i < found.size(); i++) {
      Trigger trigger = found.get(i);
      int when = whenClauseOf(tree, trigger, found);
      List<Event> toll = byTrigger.getOrDefault(trigger.token(), List.of());
      if (when < 0 || toll.isEmpty() || toll.stream().anyMatch(e -> !e.evidence().rule().contains("implied"))) {
        continue;
      }
      boolean actCoded = !byTrigger.getOrDefault(when, List.of()).isEmpty();
      drop(events, toll, decisions, i, "the toll of '" + tree.token(when).word() + "', "
          + (actCoded ? "coded as that event" : "whose actors were not found"));
    }
  }

  /**
   * "Colombian troops clashed with ELN guerrillas; two guerrillas were killed": an agentless toll whose
   * victims are a side of a coded fight in the same sentence is that fight's toll, not an attack by
   * someone unidentified.
   */
  private static void dropTollsOfCodedFights(List<Trigger> found, Map<Integer, List<Event>> byTrigger, List<Event> events,
      List<Decision> decisions) {
    for (int i = 0; i < found.size(); i++) {
      List<Event> toll = byTrigger.getOrDefault(found.get(i).token(), List.of());
      if (toll.isEmpty() || toll.stream().anyMatch(e -> !e.evidence().rule().contains("implied") || !ArgumentWords.VIOLENT_ROOTS.contains(e.code().root()))) {
        continue;
      }
      for (Event fight : events) {
        boolean party = toll.stream().allMatch(e -> e.target().actor().code().equals(fight.source().actor().code())
            || e.target().actor().code().equals(fight.target().actor().code()));
        if (!toll.contains(fight) && !fight.evidence().rule().contains("implied") && ArgumentWords.VIOLENT_ROOTS.contains(fight.code().root())
            && fight.modality() == org.dyad.model.Modality.ASSERTED && party) {
          drop(events, toll, decisions, i, "the toll of '" + fight.evidence().trigger() + "', a fight its victims were a side of");
          break;
        }
      }
    }
  }

  /**
   * "five were killed in police firing during a protest": once the toll is coded as the act it was
   * killed in, the act's noun is that event told twice (its own target, found along the sentence, is
   * no better than the victims).
   */
  private static void dropActsOfCodedTolls(DependencyTree tree, List<Trigger> found, Map<Integer, List<Event>> byTrigger,
      List<Event> events, List<Decision> decisions) {
    for (Trigger toll : found) {
      Optional<Trigger> act = tollOf(tree, toll, found);
      if (act.isEmpty() || byTrigger.getOrDefault(toll.token(), List.of()).isEmpty()) {
        continue;
      }
      int i = found.indexOf(act.get());
      List<Event> own = byTrigger.getOrDefault(act.get().token(), List.of());
      if (i < 0 || own.isEmpty()) {
        continue;
      }
      drop(events, own, decisions, i, "the act of the toll '" + tree.token(toll.token()).word()
          + "', coded as that event");
    }
  }

  /**
   * "a car bomb exploded outside a restaurant": an event noun with no one named that is the subject
   * of a coded act is that act, told by its instrument; the act's own event stands.
   */
  private static void dropSubjectsOfActs(DependencyTree tree, List<Trigger> found, Map<Integer, List<Event>> byTrigger,
      List<Event> events, List<Decision> decisions) {
    for (int i = 0; i < found.size(); i++) {
      int token = found.get(i).token();
      List<Event> own = byTrigger.getOrDefault(token, List.of());
      int act = tree.head(token);
      if (own.isEmpty() || !tree.is(token, "nsubj") || act < 0 || byTrigger.getOrDefault(act, List.of()).isEmpty()
          || own.stream().anyMatch(e -> !e.evidence().rule().contains("implied"))) {
        continue;
      }
      drop(events, own, decisions, i, "the subject of '" + tree.token(act).word() + "', coded as that event");
    }
  }

  /**
   * "blocked roads to protest fuel prices", "summoned the ambassador to protest": when the act the
   * purpose clause explains is itself coded, the protest it was done for is that event told twice.
   */
  private static void dropPurposesCodedTwice(DependencyTree tree, List<Trigger> found, Map<Integer, List<Event>> byTrigger,
      List<Event> events, List<Decision> decisions) {
    for (int i = 0; i < found.size(); i++) {
      int token = found.get(i).token();
      List<Event> purpose = byTrigger.getOrDefault(token, List.of());
      if (purpose.isEmpty() || !ModalityAnalyzer.isProtestPurpose(tree, token)
          || byTrigger.getOrDefault(tree.head(token), List.of()).isEmpty()) {
        continue;
      }
      drop(events, purpose, decisions, i, "the purpose of '" + tree.token(tree.head(token)).word()
          + "', coded as that event");
    }
  }

  /**
   * "Protesters demanding jobs blocked the road", "students protesting fees occupied the campus":
   * when the protesters' own act is coded as dissent, the protest (140, 141) their participle
   * describes is that act told twice.
   */
  private static void dropDescribedProtestsCodedTwice(DependencyTree tree, List<Trigger> found, Map<Integer, List<Event>> byTrigger,
      List<Event> events, List<Decision> decisions) {
    for (int i = 0; i < found.size(); i++) {
      int token = found.get(i).token();
      List<Event> described = byTrigger.getOrDefault(token, List.of());
      int people = tree.head(token);
      boolean participle = tree.token(token).pos().equals("VBG") && (tree.is(token, "acl") || tree.is(token, "amod"));
      // "Demonstrators opposed to the reform threw stones": their opposition (11) is what their protest says
      boolean opposed = tree.is(token, "acl") && tree.lemma(token).equals("oppose");
      if (described.isEmpty() || !(participle || opposed) || people < 0 || !tree.is(people, "nsubj")
          || !described.stream().allMatch(e -> GENERAL_PROTESTS.contains(e.code().code()) || opposed && e.code().root().equals("11"))) {
        continue;
      }
      List<Event> act = byTrigger.getOrDefault(tree.head(people), List.of());
      boolean told = act.stream().anyMatch(e -> e.code().root().equals("14")
          && described.stream().anyMatch(d -> sameProtesters(d.source().actor(), e.source().actor())));
      if (told) {
        drop(events, described, decisions, i, "describes the protesters of '"
            + tree.token(tree.head(people)).word() + "', coded as that event");
      }
    }
  }

  /** The same protesters, one perhaps not yet given the country the other was: CVL and ARGCVL. */
  private static boolean sameProtesters(Actor a, Actor b) {
    return a.agent().equals(b.agent()) && (a.country().equals(b.country()) || a.country().isEmpty() || b.country().isEmpty());
  }

  /**
   * "Striking lecturers called off their strike": when the strikers' own act is ending it (082),
   * the strike their participle names is what ends, no new strike.
   */
  private static void dropStrikesCalledOff(DependencyTree tree, List<Trigger> found, Map<Integer, List<Event>> byTrigger,
      List<Event> events, List<Decision> decisions) {
    for (int i = 0; i < found.size(); i++) {
      int token = found.get(i).token();
      List<Event> strike = byTrigger.getOrDefault(token, List.of());
      int people = tree.head(token);
      if (strike.isEmpty() || !tree.is(token, "amod") || people < 0 || !tree.is(people, "nsubj")) {
        continue;
      }
      boolean ended = byTrigger.getOrDefault(tree.head(people), List.of()).stream().anyMatch(e -> e.code().code().startsWith("082"));
      if (ended) {
        drop(events, strike, decisions, i, "the strike '" + tree.token(tree.head(people)).word()
            + "' ends, coded as that event");
      }
    }
  }

  /**
   * "Al-Shabaab took over Moqokori after government troops withdrew": the withdrawal is part of the
   * takeover the sentence tells, one conflict event of the takeover's type (as ACLED counts it), so
   * the retreat keeps its CAMEO code but is no second transfer of territory.
   */
  private static void retreatsOfTakeovers(List<Event> events) {
    boolean takeover = events.stream().anyMatch(e -> e.conflictType().subEventType().endsWith("territory")
        && !e.conflictType().subEventType().equals(TRANSFER));
    if (takeover) {
      events.replaceAll(e -> e.conflictType().subEventType().equals(TRANSFER) && e.code().code().equals("0874")
          ? e.withConflictType(org.dyad.model.ConflictType.NONE) : e);
    }
  }

  /** Protest codes that say no more than that people protest (a strike, 143, is an act of its own). */
  private static final Set<String> GENERAL_PROTESTS = Set.of("140", "141");

  private static final String TRANSFER = "Non-violent transfer of territory";

  /**
   * "refused to meet the king": when the lexicon already codes the refusal word itself (125), the
   * refusal read off the refused act is the same event told twice.
   */
  private static void dropRefusalsCodedTwice(List<Event> events) {
    Set<String> rejecting = new java.util.HashSet<>();
    for (Event e : events) {
      if (e.asserted() && e.code().root().equals("12") && !e.evidence().rule().contains(REFUSAL)) {
        rejecting.add(e.source().actor().code());
      }
    }
    events.removeIf(e -> e.evidence().rule().contains(REFUSAL) && e.asserted() && rejecting.contains(e.source().actor().code()));
  }

  /**
   * The learned typer's part: it reviews the rule-made events, and where the rules made no
   * asserted event it may make one at the main verb (rule {@code model}).
   */
  private void typed(Article article, Sentence sentence, DependencyTree tree, ArgumentFinder arguments,
      CountryInference countries, SentenceFacts facts, List<Event> events, List<Decision> decisions,
      Optional<org.dyad.coder.typing.Typing> typed) {
    HybridTyping typing = hybrid.get();
    if (!events.isEmpty()) {
      if (typed.isEmpty() && !typing.mayRefine(events)) {
        return;
      }
      List<Event> reviewed = typing.review(events, typed.orElseGet(() -> typing.type(sentence.text())));
      events.clear();
      events.addAll(reviewed);
      return;
    }
    int anchor = HybridTyping.anchor(tree);
    if (anchor < 0) {
      decisions.add(new Decision("(sentence)", "learned typer", HybridTyping.NO_VERB));
      return;
    }
    if (typed.isEmpty() && !typing.hasSides(tree, anchor, arguments, modality.analyze(tree, anchor))) {
      decisions.add(new Decision("(sentence)", "learned typer", HybridTyping.NO_SIDES));
      return;
    }
    org.dyad.coder.typing.Typing t = typed.orElseGet(() -> typing.type(sentence.text()));
    HybridTyping.Gap gap = typing.gap(tree, anchor, t);
    if (gap.trigger() == null) {
      decisions.add(new Decision("(sentence)", "learned typer", gap.why()));
      return;
    }
    Trigger trigger = gap.trigger();
    int before = events.size();
    String verdict = codeOne(article, sentence, tree, arguments, countries, trigger, Optional.empty(), facts, events);
    double share = t.rootVote(HybridTyping.Thresholds.CALIBRATED.k()).map(org.dyad.coder.typing.Typing.Vote::share).orElse(0.0);
    for (int i = before; i < events.size(); i++) {
      Event e = events.get(i);
      events.set(i, e.withEvidence(e.evidence().withTyping(share, trigger.entry().where())));
    }
    decisions.add(new Decision(tree.token(trigger.token()).word(), trigger.entry().describe(), verdict));
  }

  private String codeOne(
      Article article,
      Sentence sentence,
      DependencyTree tree,
      ArgumentFinder arguments,
      CountryInference countries,
      Trigger trigger,
      Optional<Trigger> tollOf,
      SentenceFacts facts,
      List<Event> events) {
    ModalityReading m = modality.analyze(tree, trigger.token());
    EventTime time = facts.times().of(tree, trigger.token(), facts.acts());
    List<Coding> codings = Coding.of(m, trigger.entry(), time, article.date(), dictionaries.ontology());
    if (codings.isEmpty()) {
      return m.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + m.reason()
          + (m.status() == ModalityReading.Status.INTENDED ? ", and the entry has no intent code" : "");
    }
    int charge = arguments.chargeOf(trigger);
    if (charge >= 0) {
      // "accused the RSF of shelling a camp", "jailed a blogger for insulting the president"
      return "not coded: the act the charge '" + tree.word(charge) + "' alleges (the charge is the event)";
    }
    EventCode code = codings.get(0).code();
    Argument source = arguments.source(trigger, m);
    if (jailbreak(tree, trigger, code, source)) {
      return "not coded: inmates freed by armed attackers break out; no one holding them released them";
    }
    Optional<LexiconEntry> walkout = labourStrike(tree, trigger, source);
    if (walkout.isPresent()) {
      trigger = new Trigger(trigger.token(), walkout.get());
      codings = Coding.of(m, trigger.entry(), time, article.date(), dictionaries.ontology());
      code = codings.get(0).code();
    }
    Optional<LexiconEntry> protest = protestersDemand(tree, trigger);
    if (protest.isPresent()) {
      trigger = new Trigger(trigger.token(), protest.get());
      codings = Coding.of(m, trigger.entry(), time, article.date(), dictionaries.ontology());
      code = codings.get(0).code();
    }
    // (what protesters demand is not whom they protest against: that is found as for any protest, below)
    Argument target = source.isEmpty() || protest.isPresent() ? Argument.NONE : arguments.target(trigger, source);
    if (source.isEmpty()) {
      Argument agentless = arguments.agentlessSource(trigger);
      if (agentless == null) {
        return "not coded: no source actor";
      }
      // "seven aid workers were killed in an air strike": the act is the strike (195), not a killing.
      if (tollOf.isPresent() && tollOf.get().entry().code() != null) {
        EventCode act = tollOf.get().entry().code();
        EventCode own = trigger.entry().code();
        codings = codings.stream().map(c -> c.modality() == org.dyad.model.Modality.ASSERTED || c.code() == own
            ? new Coding(act, c.modality()) : c).toList();
        code = codings.get(0).code();
      }
      target = arguments.target(trigger, Argument.NONE);
      Optional<Event> launch = agentless.isEmpty() && tree.isPassive(trigger.token())
          && ArgumentWords.INTERCEPTING.contains(tree.lemma(trigger.token())) ? lastLaunch(events) : Optional.empty();
      if (launch.isPresent()) {
        // "Houthi forces fired two drones at a US warship; both were shot down": the side fired at stopped the firer's weapons
        agentless = new Argument(List.of(launch.get().target()), "source.target-of-the-launch");
        target = new Argument(List.of(launch.get().source()), "target.launcher");
      } else if (agentless.isEmpty()) {
        target = countries.complete(target, Argument.NONE, trigger.token(), false, code.root());
        agentless = impliedSource(tree, trigger, code, target, countries);
      }
      source = agentless;
      if (source.isEmpty()) {
        return "not coded: no source actor, and none implied";
      }
    }
    if (code.code().equals(VISIT) && !source.isEmpty() && source.actors().stream().allMatch(a -> TRAVELLERS.contains(a.actor().agent()))) {
      // "protesters who travelled to Lima", "farmers who went to Brussels": people of no office pay no visit
      return "not coded: " + codes(source) + " travelling is no visit";
    }
    if (dissent(code)) {
      Argument people = arguments.protestingPeople(source);
      // (a target that is the protesters' own words is no target: "Kenyans" protesting are not protested against)
      boolean selfAimed = people != source && target.actors().stream().allMatch(t -> people.actors().stream().anyMatch(s -> s.span().equals(t.span())));
      target = selfAimed ? Argument.NONE : target;
      source = people;
    }
    source = countries.complete(source, target, trigger.token(), verbal(code), code.root());
    if (target.isEmpty() && dissent(code)) {
      target = arguments.protestAim(trigger, source);
    }
    if (target.isEmpty()) {
      target = protestTarget(tree, arguments, code, source, countries, trigger);
      if (target.isEmpty()) {
        return "not coded: no target actor (source " + codes(source) + ")";
      }
      // (protesters of no named country protest where the protest is: "teachers protesting outside the Karachi Press Club")
      ActorMention where = target.actors().get(0);
      source = new Argument(source.actors().stream()
          .map(a -> a.actor().country().isEmpty() && where.actor().country().length() == 3 ? a.inCountry(where.actor().country(), where.countryFrom()) : a)
          .toList(), source.rule(), source.place());
    }
    target = countries.completeTarget(target, source, trigger.token(), verbal(code), code.root());
    Argument protesting = source;
    if (dissent(code) && target.actors().stream().allMatch(t -> protesting.actors().stream().anyMatch(a -> a.actor().code().equals(t.actor().code())))) {
      // "lawyers boycotted courts": a protest at the protesters' own kind is aimed as one against no one named
      Argument where = protestTarget(tree, arguments, code, source, countries, trigger);
      target = where.isEmpty() ? target : where;
    }
    // A sector alone may act ("critics argue"); but a statement about a target of no known
    // country says too little to code ("authorities urged people"), and so does any act between
    // two actors of no known country.
    boolean bareTargetOk = source.actors().stream().anyMatch(a -> !a.actor().country().isEmpty())
        && Integer.parseInt(code.root()) >= 14;
    Argument acting = source;
    EventCode acted = code;
    boolean partners = target.rule().equals("target.reciprocal");
    List<ActorMention> targets = target.actors().stream()
        .filter(t -> !t.actor().country().isEmpty() || bareTargetOk || TRANSNATIONAL.contains(t.actor().agent()))
        // (partners of a joint act are each other's targets, not one's own apparatus: "gunmen and police traded fire")
        .filter(t -> partners || !ownApparatus(acting, t, acted)).toList();
    if (targets.isEmpty()) {
      return "not coded: target " + codes(target) + " has no country or organization";
    }
    String kind = trigger.entry().where().startsWith("model") ? "model " : trigger.entry().nominal() ? "noun " : "verb ";
    String rule = kind + source.rule() + " " + target.rule()
        + (m.announced() ? " " + m.reason() : "")
        + (m.status() == ModalityReading.Status.REFUSED ? " " + REFUSAL + m.reason() : "");
    Token word = tree.token(trigger.token());
    Evidence evidence = new Evidence(rule, trigger.entry().describe(), word.word(), word.span());
    Argument placed = target;
    Location location = target.place().map(p -> p.toLocation(placed.actors().get(0).text(), "place-target")).orElse(null);
    List<String> coded = new ArrayList<>();
    // "Hezbollah fighters clashed with Israeli soldiers": each side fought the other
    boolean eachWay = target.rule().startsWith("target.oblique-with") && FIGHTING.contains(tree.lemma(trigger.token()))
        // "battled junta troops" (not a bare infinitive, the aim of another act: "help police fight armed gangs")
        || target.rule().equals("target.object") && Set.of("battle", "fight").contains(tree.lemma(trigger.token()))
        && !tree.token(trigger.token()).pos().equals("VB");
    // "soldiers killed five separatists in a gunfight", "killed 31 insurgents in an encounter": armed sides fought each other
    boolean inBattle = !trigger.entry().nominal() && tree.children(trigger.token(), "obl").stream()
        .anyMatch(c -> Set.of("in", "during").contains(tree.preposition(c)) && BATTLES.contains(tree.lemma(c)));
    Evidence reversed = new Evidence(kind + "source.oblique-with target.subject (fought each way)", trigger.entry().describe(),
        word.word(), word.span());
    // "X held talks with Y", "X met Y", "X signed a deal with Y": a mutual act is each side's (CAMEO manual, 040-series)
    boolean mutual = MUTUAL.contains(code.code()) && (target.rule().contains("oblique-with")
        || target.rule().equals("target.object") && MEETING.contains(tree.lemma(trigger.token())))
        || swap(tree, trigger.token(), code) >= 0;
    // "Russia freed an American journalist in a prisoner exchange with the United States": the other side's own release
    // is by the swap's partner where one is named
    Optional<ActorMention> partner = swapPartner(tree, trigger.token(), code, arguments);
    Evidence mutually = new Evidence(kind + "source.partner target.subject (a mutual act, each side's)", trigger.entry().describe(),
        word.word(), word.span());
    Evidence repressed = new Evidence(kind + "source.oblique-with target.subject (a force clashing with a crowd represses it)",
        trigger.entry().describe(), word.word(), word.span());
    boolean broughtDown = target.rule().endsWith("-of-the-weapon") && code.root().equals("19");
    Evidence attack = new Evidence(kind + "source.owner-of-the-weapon target.country-of-the-subject (the attack brought down)",
        trigger.entry().describe(), word.word(), word.span());
    for (Coding coding : codings) {
      EventCode refined = refine(coding.code(), source, targets, tree, trigger.token());
      EventFrame frame = new EventFrame(article, sentence, m, facts.issues(), location, coding.modality(),
          when(coding, m, time, tree, trigger, facts));
      for (ActorMention s : source.actors()) {
        for (ActorMention t : targets) {
          if (!s.actor().code().equals(t.actor().code())) {
            Span span = s.span().union(word.span()).union(t.span());
            EventCode own = ownPart(refined, s);
            events.add(frame.event(s, t, own, span, evidence, toll(own, facts), conflictType(own, s, t, location, trigger, facts)));
            if (broughtDown && !s.actor().country().isEmpty()) {
              // "air defences shot down 21 Russian drones": the drones' owner attacked the defenders' country
              ActorMention attacked = new ActorMention(Actor.of(s.actor().country(), "", s.actor().name()), s.text(), s.span(),
                  CountrySource.OTHER_ACTOR);
              EventCode strike = dictionaries.ontology().find("195").orElseThrow();
              events.add(frame.event(t, attacked, strike, span, attack, Casualties.NONE,
                  conflictType(strike, t, attacked, location, null, facts)));
            }
            boolean armedSides = ARMED_SIDES.contains(s.actor().agent()) && ARMED_SIDES.contains(t.actor().agent());
            // (territory taken is the taker's alone: "recaptured the town … after a two-day battle")
            if ((eachWay || (inBattle && armedSides)) && refined.root().equals("19") && !refined.code().equals(TAKING_GROUND)) { // (police "clashing" with rioters repress them: 175, one way)
              events.add(frame.event(t, s, refined, span, reversed, toll(refined, facts),
                  conflictType(refined, t, s, location, trigger, facts)));
            } else if (mutual && coding.modality() == org.dyad.model.Modality.ASSERTED) {
              events.add(frame.event(partner.orElse(t), s, refined, span, mutually, Casualties.NONE, ConflictType.NONE));
            } else if ((eachWay || target.rule().startsWith("target.oblique-between")) && refined.root().equals("14")
                && Set.of("COP", "MIL").contains(t.actor().agent())) {
              // "students clashed with police", "clashes between police and protesters": the crowd's violent
              // protest (145), the force's repression of it (175)
              EventCode repression = dictionaries.ontology().find(ArgumentWords.REPRESSION).orElseThrow();
              events.add(frame.event(t, s, repression, span, repressed, toll(repression, facts),
                  conflictType(repression, t, s, location, trigger, facts)));
            }
            if (own.code().equals(PLANNED_MEETING) && tree.lemma(trigger.token()).equals("host") && !hostsAMeeting(tree, trigger.token())
                && coding.modality() == org.dyad.model.Modality.ASSERTED) {
              // "Ruto will host Somalia's president on Thursday": a meeting both sides plan (036 each way)
              events.add(frame.event(t, s, own, span, mutually, Casualties.NONE, ConflictType.NONE));
            }
            Optional<EventCode> otherSide = Optional.ofNullable(VISIT_AND_HOST.get(own.code())).flatMap(dictionaries.ontology()::find);
            boolean happens = coding.modality() == org.dyad.model.Modality.ASSERTED || coding.modality() == org.dyad.model.Modality.FUTURE;
            if (otherSide.isPresent() && happens && !hostsAMeeting(tree, trigger.token())) {
              // "Modi arrived in Bhutan for a state visit", "Trump hosts Orban": a visit is hosted, a host visited
              // (a visit done or to come: not one a side only intends, might make or denies)
              Evidence hosted = new Evidence(kind + "source." + target.rule().replace("target.", "") + " target." + source.rule().replace("source.", "")
                  + " (the other side of the visit)", trigger.entry().describe(), word.word(), word.span());
              events.add(frame.event(t, s, otherSide.get(), span, hosted, Casualties.NONE, ConflictType.NONE));
            }
            coded.add(refined.code() + (coding.modality() == org.dyad.model.Modality.ASSERTED ? ""
                : " (" + coding.modality().label() + (m.reason().isEmpty() ? "" : ": " + m.reason()) + ")"));
          }
        }
      }
    }
    return coded.isEmpty()
        ? "not coded: source and target are the same actor (" + codes(source) + ")"
        : "coded " + String.join(", ", new java.util.LinkedHashSet<>(coded)) + " " + codes(source) + " → " + codes(target) + " by " + rule;
  }

  /** Those a jail holds, whom an attack on it may set loose. */
  private static final Set<String> INMATES = Set.of("inmate", "convict"); // (not prisoners, whom rebels who hold them do release)

  /**
   * "Haitian gangs attacked a police station, freeing hundreds of inmates": a gang's, rebels' or
   * gunmen's freeing of a jail's inmates is a jailbreak, part of their attack, not a release (0841).
   */
  private static boolean jailbreak(DependencyTree tree, Trigger trigger, EventCode code, Argument source) {
    int freed = tree.child(trigger.token(), "obj");
    int counted = freed < 0 ? -1 : tree.children(freed, "nmod").stream().filter(c -> tree.preposition(c).equals("of")).findFirst().orElse(-1);
    freed = counted >= 0 ? counted : freed; // ("hundreds of inmates")
    return code.code().equals("0841") && freed >= 0 && INMATES.contains(tree.lemma(freed).toLowerCase(java.util.Locale.ROOT))
        && !source.isEmpty() && source.actors().stream().allMatch(a -> ArgumentWords.HOME_GROUPS.contains(a.actor().agent()));
  }

  /**
   * "the union called a strike against the government", "nurses began a strike", "striking
   * doctors": a strike by workers, students, professionals or civilians, however the noun is
   * modified, is a labour strike, the lexicon's plain strike entry (143), not a military strike;
   * empty otherwise.
   */
  private Optional<LexiconEntry> labourStrike(DependencyTree tree, Trigger trigger, Argument source) {
    boolean named = trigger.entry().nominal() || tree.is(trigger.token(), "amod"); // "striking doctors"
    if (!named || !trigger.entry().lemma().equals("strike") || !trigger.entry().code().root().equals("19")
        || source.isEmpty() || !source.actors().stream().allMatch(a -> WALKING_OUT.contains(a.actor().agent()))) {
      return Optional.empty();
    }
    return dictionaries.verbs().nouns("strike").stream().filter(e -> e.code().code().equals("143")).findFirst();
  }

  /**
   * "protesters demanding the release of Imran Khan", "demonstrators calling for new elections": a
   * demand that describes protesters is their protest (the lexicon's plain protest entry, 140), not
   * a separate demand (10); empty otherwise.
   */
  private Optional<LexiconEntry> protestersDemand(DependencyTree tree, Trigger trigger) {
    int t = trigger.token();
    boolean describing = !trigger.entry().nominal() && tree.token(t).pos().equals("VBG") && (tree.is(t, "acl") || tree.is(t, "amod"))
        && tree.head(t) >= 0 && protesters(tree, tree.head(t));
    if (!describing || !trigger.entry().code().root().equals("10")) {
      return Optional.empty();
    }
    return plainProtest();
  }

  /**
   * "traders shut their stalls in protest at a rise in rents", "farmers padlocked the district
   * office, demanding payment of dues", "entrepreneurs shut hotels to protest a new tax": an act the
   * lexicon does not know, done by civilians, workers or the opposition in protest or demanding
   * something, is their protest (the lexicon's plain protest entry, 140), at the verb.
   */
  private List<Trigger> actsInProtest(DependencyTree tree, ActorResolver resolver, List<Trigger> found) {
    Set<Integer> known = found.stream().map(Trigger::token).collect(java.util.stream.Collectors.toSet());
    Optional<LexiconEntry> protest = plainProtest();
    List<Trigger> acts = new ArrayList<>();
    for (int v = 0; v < tree.size() && protest.isPresent(); v++) {
      int subject = tree.child(v, "nsubj");
      if (known.contains(v) || !tree.token(v).isVerb() || !tree.isFiniteClause(v) || subject < 0
          || ModalityAnalyzer.REPORTING.contains(tree.lemma(v)) || ModalityAnalyzer.frames(tree.lemma(v)) || !inProtest(tree, v)) {
        continue;
      }
      boolean civil = resolver.actorAt(subject).map(a -> PROTESTING_SECTORS.contains(a.actor().agent())).orElse(false);
      if (civil) {
        acts.add(new Trigger(v, protest.get()));
      }
    }
    return acts;
  }

  /**
   * "drove tractors into Brussels to protest against the EU's trade deal": when the protest its
   * purpose clause tells is coded, that event says whom it is against; the act in protest is it
   * told twice.
   */
  private static void dropActsInProtestToldByTheirPurpose(DependencyTree tree, List<Trigger> found, Map<Integer, List<Event>> byTrigger,
      List<Event> events, List<Decision> decisions) {
    for (int i = 0; i < found.size(); i++) {
      Trigger act = found.get(i);
      List<Event> own = byTrigger.getOrDefault(act.token(), List.of());
      boolean inProtest = act.entry().lemma().equals("protest") && !tree.lemma(act.token()).equals("protest");
      if (!inProtest || own.isEmpty()) {
        continue;
      }
      boolean told = tree.children(act.token(), "advcl", "xcomp", "dep").stream()
          .anyMatch(c -> !byTrigger.getOrDefault(c, List.of()).isEmpty());
      if (told) {
        byTrigger.put(act.token(), List.of());
        drop(events, own, decisions, i, "its purpose tells the protest");
      }
    }
  }

  /**
   * "marched to the National Assembly to demand a new minimum wage, blocking traffic for hours",
   * "rallied demanding the resignation of the government": a participle that tells how the
   * protesters protested, or what they demanded, is their protest told twice.
   */
  private static void dropParticiplesOfProtests(DependencyTree tree, List<Trigger> found, Map<Integer, List<Event>> byTrigger,
      List<Event> events, List<Decision> decisions) {
    for (int i = 0; i < found.size(); i++) {
      int token = found.get(i).token();
      List<Event> how = byTrigger.getOrDefault(token, List.of());
      // (the nearest act above it: the parser may hang the participle on a noun of the purpose, "a new minimum wage, blocking")
      int head = tree.head(token);
      for (int steps = 0; head >= 0 && steps < 4 && byTrigger.getOrDefault(head, List.of()).isEmpty(); steps++) {
        head = tree.head(head);
      }
      boolean participle = tree.token(token).pos().equals("VBG")
          && (tree.is(token, "advcl") || tree.is(token, "xcomp") || tree.is(token, "acl") || tree.is(token, "dep"));
      // (what they demand as they protest is that protest too: "rallied on Saturday demanding the resignation of …")
      if (how.isEmpty() || !participle || head < 0 || !how.stream().allMatch(e -> e.code().root().equals("14") || e.code().root().equals("10"))) {
        continue;
      }
      boolean told = byTrigger.getOrDefault(head, List.of()).stream().anyMatch(e -> e.code().root().equals("14")
          && how.stream().anyMatch(h -> h.source().actor().code().equals(e.source().actor().code())));
      if (told) {
        drop(events, how, decisions, i, "tells how the protest of '" + tree.token(head).word()
            + "' was made, coded as that event");
      }
    }
  }

  /**
   * "held a general strike", "staged a protest", "lodged a protest with China": when the verb whose
   * object the event noun is was coded as the same kind of act, or by a lexicon entry that names
   * that object, the noun is that event told twice.
   */
  private static void dropEventNounsOfCodedVerbs(DependencyTree tree, List<Trigger> found, Map<Integer, List<Event>> byTrigger,
      List<Event> events, List<Decision> decisions) {
    for (int i = 0; i < found.size(); i++) {
      Trigger noun = found.get(i);
      List<Event> own = byTrigger.getOrDefault(noun.token(), List.of());
      int verb = tree.head(noun.token());
      if (own.isEmpty() || !noun.entry().nominal() || !tree.is(noun.token(), "obj") || verb < 0) {
        continue;
      }
      List<Event> verbs = byTrigger.getOrDefault(verb, List.of());
      int v = found.stream().map(Trigger::token).toList().indexOf(verb);
      // (or the verb's entry is read with that object: "lodges protest with China" is a complaint, 11, not a protest)
      Conditions named = v >= 0 ? found.get(v).entry().conditions() : null;
      boolean consumed = named != null && (named.obj().contains(tree.lemma(noun.token())) || named.with().contains(tree.lemma(noun.token())));
      boolean told = !verbs.isEmpty() && (consumed || verbs.stream().anyMatch(x -> own.stream().anyMatch(n -> n.code().root().equals(x.code().root()))))
          // ("repelled an attack by JNIM militants": the repelling is aimed at the attackers, the attack at the post: two acts)
          && verbs.stream().noneMatch(x -> x.evidence().rule().contains("target.attackers"))
          // ("police dispersed a protest by students": the protest is the students' own act, its repression the police's)
          && !(verbs.stream().allMatch(x -> x.code().code().equals(ArgumentWords.REPRESSION)) && own.stream().allMatch(n -> n.code().root().equals("14")));
      if (told && aimed(own) && !aimed(verbs) && v >= 0) {
        // "launched an offensive against Boko Haram positions": the noun says whom it was against, the verb only where
        drop(events, verbs, decisions, v, "its object '" + tree.token(noun.token()).word() + "' tells whom it was aimed at");
        byTrigger.put(verb, List.of());
      } else if (told) {
        drop(events, own, decisions, i, "the object of '" + tree.token(verb).word() + "', coded as that event");
      }
    }
  }

  /** Whether events name their target in a phrase aimed at it ("against Boko Haram positions", "on the city"). */
  private static boolean aimed(List<Event> events) {
    return events.stream().anyMatch(e -> e.evidence().rule().matches(".*target\\.oblique-(against|on|at).*"));
  }

  /** Removes an act's events as told by another, and says why in its decision (--explain). */
  private static void drop(List<Event> events, List<Event> own, List<Decision> decisions, int i, String why) {
    events.removeAll(own);
    Decision d = decisions.get(i);
    decisions.set(i, new Decision(d.trigger(), d.entry(), "not coded: " + why));
  }

  private static final Set<String> PROTEST_WORDS = Set.of("protest", "demonstrate", "denounce", "oppose", "demand");

  /** "…, demanding payment", "… to protest a new tax", "… in protest at a rise in rents" on the verb v. */
  private static boolean inProtest(DependencyTree tree, int v) {
    for (int c : tree.children(v, "advcl", "xcomp", "dep")) {
      boolean purpose = tree.hasChild(c, "mark", Set.of("to")) || tree.token(c).pos().equals("VBG");
      if (purpose && PROTEST_WORDS.contains(tree.lemma(c))) {
        return true;
      }
    }
    return tree.children(v, "obl").stream().anyMatch(c -> tree.lemma(c).equals("protest") && tree.preposition(c).equals("in"))
        // "shut hotels and trekking agencies … to protest", the purpose hung on a conjunct the parser made a verb
        || tree.children(v, "conj").stream().anyMatch(c -> tree.child(c, "nsubj") < 0 && inProtest(tree, c));
  }

  /** The lexicon's plain protest entry (140), for acts read as protests. */
  private Optional<LexiconEntry> plainProtest() {
    return dictionaries.verbs().verbs("protest").stream().filter(e -> e.code().code().equals("140")).findFirst();
  }

  /** "protesters", "dozens of protesters". */
  private static boolean protesters(DependencyTree tree, int noun) {
    return PROTESTERS.contains(tree.token(noun).word().toLowerCase(java.util.Locale.ROOT))
        || tree.children(noun, "nmod").stream().anyMatch(c -> tree.preposition(c).equals("of")
            && PROTESTERS.contains(tree.token(c).word().toLowerCase(java.util.Locale.ROOT)));
  }

  /** The sectors that strike by walking out: labour, education, health, business, farming, media, civilians. */
  private static final Set<String> WALKING_OUT = Set.of("LAB", "EDU", "HLH", "BUS", "AGR", "MED", "CVL");
  /** Who protests by what they do: those who walk out, and the opposition. */
  private static final Set<String> PROTESTING_SECTORS =
      java.util.stream.Stream.concat(WALKING_OUT.stream(), java.util.stream.Stream.of("OPP")).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** The sentence's toll belongs to its acts of force, coercion and protest. */
  private static Casualties toll(EventCode code, SentenceFacts facts) {
    return code.quadClass() == QuadClass.MATERIAL_CONFLICT ? facts.toll() : Casualties.NONE;
  }

  private ConflictType conflictType(EventCode code, ActorMention s, ActorMention t, Location where, Trigger trigger,
      SentenceFacts facts) {
    String word = trigger == null ? "" : trigger.entry().lemma() + (trigger.entry().particle().isEmpty() ? "" : " " + trigger.entry().particle());
    String sc = s.actor().country();
    // foreign ground: the place's country where the event has a place ("retook Robotyne from Russian troops" is Ukraine's own),
    // else the dateline's, else the target's
    String tc = where != null && !where.country().isEmpty() ? where.country()
        : !facts.datelineCountry().isEmpty() ? facts.datelineCountry() : t.actor().country();
    boolean foreign = !sc.isEmpty() && !tc.isEmpty() && !sc.equals(tc);
    return conflictTypes.classify(new ConflictTypes.Facts(code.code(), s.actor().agent(), t.actor().agent(), foreign, facts.words(),
        word));
  }

  /** The sentence's words and lemmas in lower case, for the conflict-type table. */
  private static Set<String> words(DependencyTree tree) {
    Set<String> words = new java.util.HashSet<>();
    for (int i = 0; i < tree.size(); i++) {
      words.add(tree.token(i).word().toLowerCase(java.util.Locale.ROOT));
      words.add(tree.lemma(i).toLowerCase(java.util.Locale.ROOT));
    }
    return words;
  }

  /**
   * The time of one coding: a planned act ("will meet on Monday") is dated forward from its own
   * words; the announcement of one (the asserted intent) is dated by the clause that announces it.
   */
  private static EventTime when(Coding coding, ModalityReading m, EventTime reported, DependencyTree tree, Trigger trigger,
      SentenceFacts facts) {
    if (!m.yetToHappen()) {
      return reported;
    }
    return coding.modality() == org.dyad.model.Modality.ASSERTED
        ? facts.times().announced(tree, trigger.token(), facts.acts())
        : facts.times().planned(tree, trigger.token(), facts.acts());
  }

  /** What the events of one coding share: the report and its sentence, the act's reading, issues, place, modality and time. */
  private record EventFrame(Article article, Sentence sentence, ModalityReading reading, List<String> issues, Location location,
      org.dyad.model.Modality modality, EventTime time) {
    Event event(ActorMention source, ActorMention target, EventCode code, Span span, Evidence evidence, Casualties toll,
        ConflictType type) {
      return new Event(article.id(), article.date(), source, target, code, sentence.index(), sentence.text(), span, evidence,
          reading.attribution(), reading.hedged(), issues, location, modality, toll, time, type);
    }
  }

  /**
   * What a sentence says beside its events: its issues, its time expressions, its acts' tokens, its
   * toll, its words, and its story's dateline country (or empty).
   */
  record SentenceFacts(List<String> issues, SentenceTimes times, Set<Integer> acts, Casualties toll, Set<String> words,
      String datelineCountry) {}

  /** The sentence's last asserted strike from afar coded so far (195, 194): what an interception stops. */
  private static Optional<Event> lastLaunch(List<Event> events) {
    Optional<Event> last = Optional.empty();
    for (Event e : events) {
      if (Set.of("195", "194").contains(e.code().code()) && e.modality() == org.dyad.model.Modality.ASSERTED) {
        last = Optional.of(e);
      }
    }
    return last;
  }

  /**
   * The actor an agentless act implies, in the country of its target: "20 people were arrested"
   * → the police, "a journalist was abducted" → an unidentified armed actor. Only for passive or
   * nominal acts of coercion and violence whose target is known.
   */
  private Argument impliedSource(DependencyTree tree, Trigger trigger, EventCode code, Argument target, CountryInference countries) {
    if (code.root().equals("14") && tree.token(trigger.token()).isNoun()) {
      return impliedProtesters(tree, trigger, countries);
    }
    if (target.isEmpty() || !ActKinds.MATERIAL_ROOTS.contains(code.root())) {
      return Argument.NONE;
    }
    ImpliedAgent agent = ImpliedAgent.of(tree.lemma(trigger.token()), code);
    Optional<ActorMention> reporter = countries.reporter(trigger.token());
    if (agent == ImpliedAgent.ATTACKERS && reporter.isPresent() && Set.of("MIL", "COP").contains(reporter.get().actor().agent())
        && target.actors().stream().allMatch(a -> ArgumentWords.HOME_GROUPS.contains(a.actor().agent()))) {
      // "the army said 12 militants were killed in a raid": a force that reports armed men killed reports its own operation
      return new Argument(List.of(reporter.get()), "source.reporting-force");
    }
    Token word = tree.token(trigger.token());
    ActorMention implied = new ActorMention(agent.actor(), "", word.span(), CountrySource.NONE);
    String rule = agent.rule();
    // The police of the arrested; attackers of the place the attack came from or happened in, else
    // of their victims' country, unless the victims are a state's forces (whose attackers are not theirs).
    ActorMention victim = target.actors().get(0);
    boolean forces = Set.of("MIL", "COP", "GOV").contains(victim.actor().agent());
    // forces named by their country may be fought abroad; forces placed by where they were hit are local
    boolean placed = victim.countryFrom() != CountrySource.WRITTEN && victim.countryFrom() != CountrySource.REFERENCE;
    String country = countries.attackPlace(trigger.token())
        .orElse(agent != ImpliedAgent.ATTACKERS || !forces || placed ? victim.actor().country() : "");
    return new Argument(List.of(country.length() == 3 ? implied.inCountry(country, CountrySource.IMPLIED) : implied), rule);
  }

  /**
   * "protests in Dakar", "a strike at the port of Mombasa": a protest no one is named as holding
   * is held by civilians of the country where it happens; none when that country is unknown.
   */
  private Argument impliedProtesters(DependencyTree tree, Trigger trigger, CountryInference countries) {
    Optional<CountryInference.Found> where = countries.forProtest(Argument.NONE, trigger.token());
    if (where.isEmpty()) {
      return Argument.NONE;
    }
    ActorMention protesters = new ActorMention(Actor.of("", "CVL", "protesters"), "", tree.token(trigger.token()).span(),
        CountrySource.NONE);
    return new Argument(List.of(protesters.inCountry(where.get().country(), CountrySource.IMPLIED)), "source.implied-cvl");
  }

  /**
   * The target of a protest, strike or boycott, the threat of one, or its calling off, against no one named: the country where it
   * happens, as the CAMEO manual allows for 14x ("the location of a demonstration sometimes
   * represents the identity of the target"); PLOVER output leaves its recipient empty.
   */
  private Argument protestTarget(DependencyTree tree, ArgumentFinder arguments, EventCode code, Argument source, CountryInference countries, Trigger protest) {
    int trigger = protest.token();
    if (!dissent(code) && !code.code().startsWith("082")) { // (nor is a strike called off: "ended their walkout")
      return Argument.NONE;
    }
    Optional<CountryInference.Found> where = countries.forProtest(source, trigger);
    if (where.isEmpty()) {
      return Argument.NONE;
    }
    String country = where.get().country();
    Token word = tree.token(trigger);
    // (against what the sentence calls it against, else the state body at whose building it is held)
    String against = Optional.of(opposed(tree)).filter(a -> !a.isEmpty()).or(() -> arguments.protestSite(protest)).orElse("");
    ActorMention place = new ActorMention(Actor.of(country, against, dictionaries.actors().countryName(country)), "", word.span(),
        where.get().from());
    return new Argument(List.of(place), "target.protest-" + where.get().from().label() + (against.isEmpty() ? "" : "-anti-" + against.toLowerCase(java.util.Locale.ROOT)));
  }

  /** Protest, strike and boycott (14), and the threat of them ("called a general strike", 133). */
  private static boolean dissent(EventCode code) {
    return code.root().equals("14") || code.code().equals("133");
  }

  /**
   * "anti-government protests", "staged anti-junta rallies", "…, chanting anti-government slogans":
   * the sector the sentence calls its protest against, or empty.
   */
  private static String opposed(DependencyTree tree) {
    for (int i = 0; i < tree.size(); i++) {
      String w = tree.word(i).replace("-", "");
      if (w.startsWith("anti") && OPPOSED.containsKey(w.substring(4))) {
        return OPPOSED.get(w.substring(4));
      }
    }
    return "";
  }

  /**
   * "French authorities deployed 45,000 police officers": a target given the source's own country
   * by inference, and of its security or government sectors, is the source's own apparatus, not
   * a party acted upon.
   */
  private static boolean ownApparatus(Argument source, ActorMention target, EventCode code) {
    // "Iran denied that its forces had shot protesters": its forces are its own
    boolean inferred = target.countryFrom() == CountrySource.OTHER_ACTOR || target.countryFrom() == CountrySource.OWNER;
    if (!inferred || !Set.of("MIL", "COP", "GOV", "SPY").contains(target.actor().agent())) {
      return false;
    }
    // ("police arrested a senior government official", "police questioned two aides": the law acts on the state's own people)
    if (Set.of("09", "17").contains(code.root()) && source.actors().stream().anyMatch(s -> Set.of("COP", "JUD").contains(s.actor().agent()))) {
      return false;
    }
    if (code.code().equals("0841")) {
      return false; // "Bolivia's president pardoned 20 soldiers": people set free are acted upon, whoever's they are
    }
    return source.actors().stream().anyMatch(s -> s.actor().country().equals(target.actor().country())
        && Set.of("GOV", "MIL", "COP", "").contains(s.actor().agent()));
  }

  /**
   * The code the actors make of the entry's: a state's protest is an official complaint (114), "Kenyan police opened fire on protesters" is repression
   * (175), a roadside or car bomb's 1833 or 1832, a state's bomb an aerial weapon (195), a suicide
   * attacker's act 1831, a crowd's assault 182, and "Biden attacked Trump" between politicians
   * criticism (111).
   */
  private EventCode refine(EventCode code, Argument source, List<ActorMention> targets, DependencyTree tree, int trigger) {
    boolean stateProtest = code.root().equals("14") && tree.lemma(trigger).equalsIgnoreCase("protest") && !source.isEmpty()
        && source.actors().stream().allMatch(a -> a.actor().country().length() == 3 && Set.of("", "GOV").contains(a.actor().agent()));
    if (stateProtest) {
      // "Philippines protests Chinese water cannon attack": a state protests officially (114), it does not demonstrate
      return dictionaries.ontology().find("114").orElse(code);
    }
    boolean verbalAttack = code.code().equals("190") && tree.lemma(trigger).equals("attack") && tree.token(trigger).isVerb()
        && politicians(source.actors()) && politicians(targets);
    if (verbalAttack) {
      return dictionaries.ontology().find("111").orElse(code);
    }
    if (code.code().equals("183")) {
      // "a roadside bomb killed four policemen", "an improvised explosive device killed six soldiers": 1833; "a car bomb": 1832
      String kind = bombKind(tree, trigger);
      if (!kind.isEmpty()) {
        return dictionaries.ontology().find(kind).orElse(code);
      }
    }
    boolean state = !source.actors().isEmpty() && source.actors().stream()
        .allMatch(a -> a.actor().country().length() == 3 && Set.of("", "MIL", "GOV").contains(a.actor().agent()));
    if (code.code().startsWith("183") && state) {
      // "Russian glide bombs struck …": a state's bombs are aerial weapons, not a non-military bombing (183)
      return dictionaries.ontology().find("195").orElse(code);
    }
    boolean violent = code.root().equals("18") || code.root().equals("19");
    boolean force = violent || code.code().equals("1711");
    if (violent && !state && suicide(tree, trigger, source)) {
      // "a suicide bomber killed six people", "a suicide attack … killed 54": CAMEO 1831
      return dictionaries.ontology().find("1831").orElse(code);
    }
    boolean crowd = !source.actors().isEmpty() && source.actors().stream().allMatch(a -> a.actor().agent().equals("CVL"));
    if (code.code().equals("190") && crowd && source.actors().stream().allMatch(a -> PROTESTERS.contains(lastWord(a)))) {
      // "rioters attacked a hotel", "protesters attack French, U.S. embassies": protesters' violence is violent protest (145)
      return dictionaries.ontology().find("145").orElse(code);
    }
    if (code.code().equals("190") && crowd) {
      // "a mob attacked doctors", "villagers beat two suspects to death": unarmed civilians assault (182),
      // and a killing by their hands is 1823; military force (19) is armed forces' and armed groups'
      boolean killing = KILLING.contains(tree.lemma(trigger))
          || tree.children(trigger, "obl").stream().anyMatch(c -> tree.lemma(c).equals("death")); // "beat him to death"
      return dictionaries.ontology().find(killing ? "1823" : "182").orElse(code);
    }
    boolean security = source.actors().stream().anyMatch(a -> a.actor().agent().equals("COP") || a.actor().agent().equals("MIL"));
    boolean scene = duringProtest(tree, trigger);
    boolean protesters = targets.stream().anyMatch(t -> {
      String last = lastWord(t);
      // (a crowd is protesters only at a protest: not "crowds waiting for aid")
      // (an opposition's supporters in the street are its crowd: "fired live ammunition at opposition supporters")
      return PROTESTERS.contains(last) || (CROWDS.contains(last) && scene) || protesting(tree, t)
          || (last.equals("supporters") && t.actor().agent().equals("OPP"))
          || (scene && PROTESTING_SECTORS.contains(t.actor().agent())); // "two students died in police shooting during a demonstration"
    });
    return force && security && protesters ? dictionaries.ontology().find(ArgumentWords.REPRESSION).orElse(code) : code;
  }

  /** Words after which a mention's phrase goes on past its head: "rioters in Ballymena", "protesters from the north". */
  private static final Set<String> PAST_THE_HEAD = Set.of("in", "at", "near", "from", "outside", "on", "across", "around");

  /** The head word of a mention, lower-cased: "young protesters" → "protesters", "rioters in Ballymena" → "rioters". */
  private static String lastWord(ActorMention mention) {
    String[] words = mention.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    int last = words.length - 1;
    for (int i = 1; i < words.length; i++) {
      if (PAST_THE_HEAD.contains(words[i])) {
        last = i - 1;
        break;
      }
    }
    return words[last];
  }

  /**
   * "Police and protesters clashed": in repression told of both parties (175), the protesters' own
   * part is violent protest (145); only a state and its forces repress.
   */
  private EventCode ownPart(EventCode code, ActorMention source) {
    String sector = source.actor().agent();
    boolean repressor = sector.isEmpty() || ArgumentWords.STATE_SECTORS.contains(sector); // a country, or its apparatus
    return code.code().equals(ArgumentWords.REPRESSION) && !repressor ? dictionaries.ontology().find("145").orElse(code) : code;
  }

  /**
   * The bombing code the device names by its modifiers ("roadside", "improvised" → 1833; "car" →
   * 1832), or "": the act's subject, a passive's "by" agent, or the object a vehicle struck.
   */
  private static String bombKind(DependencyTree tree, int trigger) {
    int subject = tree.isPassive(trigger) && tree.byAgent(trigger) >= 0 ? tree.byAgent(trigger) : tree.child(trigger, "nsubj");
    int object = tree.child(trigger, "obj");
    List<Integer> modifiers = new ArrayList<>(subject < 0 ? List.of() : tree.children(subject, "amod", "compound"));
    modifiers.addAll(object < 0 ? List.of() : tree.children(object, "amod", "compound"));
    // (and the device itself, when it is an IED: "struck an IED"; not a car a bomb struck, which is no car bomb)
    modifiers.addAll(java.util.stream.IntStream.of(subject, object).filter(d -> d >= 0 && tree.lemma(d).equalsIgnoreCase("ied")).boxed().toList());
    for (int m : modifiers) {
      String w = tree.word(m).toLowerCase(java.util.Locale.ROOT);
      if (w.equals("roadside") || w.equals("improvised") || w.equals("ied")) {
        return "1833";
      }
      if (w.equals("car")) {
        return "1832";
      }
    }
    return "";
  }

  /** Whether every actor is a politician, a government, a legislature, an opposition or a party (none armed). */
  private static boolean politicians(List<ActorMention> actors) {
    return !actors.isEmpty() && actors.stream().allMatch(a -> POLITICAL.contains(a.actor().agent()));
  }

  /**
   * Whether the act is a suicide attack: its source is a suicide bomber or attacker, or the act, its
   * subject or its object is called one ("a suicide attack killed …", "detonated two suicide car bombs").
   */
  private static boolean suicide(DependencyTree tree, int trigger, Argument source) {
    if (source.actors().stream().anyMatch(a -> a.text().toLowerCase(java.util.Locale.ROOT).contains("suicide"))) {
      return true;
    }
    List<Integer> nodes = new ArrayList<>(List.of(trigger));
    nodes.addAll(tree.children(trigger, "nsubj", "obj", "obl"));
    for (int n : nodes) {
      for (int m : tree.children(n, "amod", "compound")) {
        if (tree.lemma(m).equalsIgnoreCase("suicide")) {
          return true;
        }
      }
    }
    return false;
  }

  /** "students demanding reform", "workers protesting job cuts": a group described by its protest. */
  private static boolean protesting(DependencyTree tree, ActorMention target) {
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).span().start() >= target.span().start() && tree.token(i).span().end() <= target.span().end()) {
        for (int c : tree.children(i, "acl")) {
          if (PROTESTING.contains(tree.lemma(c)) && tree.token(c).pos().equals("VBG")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "Israel's air strikes on Gaza killed 40 people", "the bombing campaign has killed dozens": a
   * killing whose subject is another event of the sentence is that event's toll, not a second
   * event. The token of that event noun, or -1.
   */
  private static int causingEvent(DependencyTree tree, Trigger trigger, List<Trigger> found) {
    if (trigger.entry().nominal() || !TOLL_VERBS.contains(tree.lemma(trigger.token()))) {
      return -1;
    }
    int leaving = leftIn(tree, trigger.token());
    int owner = leaving >= 0 ? leaving : trigger.token();
    int subject = tree.child(owner, "nsubj");
    if (subject < 0 && tree.is(owner, "conj") && eventNoun(tree, tree.child(tree.head(owner), "nsubj"), found) >= 0) {
      // "a drone attack … damaged a substation and injured two people": the subject the toll shares with the verb before it
      return eventNoun(tree, tree.child(tree.head(owner), "nsubj"), found);
    }
    if (subject < 0) {
      return participleOf(tree, trigger, found);
    }
    return eventNoun(tree, subject, found);
  }

  /**
   * The event noun a subject is, or the one compounded into it ("a suicide car bomb attack … killed"
   * is the attack's toll), or -1.
   */
  private static int eventNoun(DependencyTree tree, int subject, List<Trigger> found) {
    if (subject < 0) {
      return -1;
    }
    for (Trigger other : found) {
      if (other.entry().nominal() && other.token() == subject) {
        return subject;
      }
    }
    for (Trigger other : found) {
      int t = other.token();
      if (other.entry().nominal() && tree.head(t) == subject && tree.is(t, "compound")) {
        return t;
      }
    }
    return -1;
  }

  /**
   * "clashes left dozens injured", "left two dead and dozens wounded": the "leave" whose result the
   * killing or wounding states, or -1.
   */
  private static int leftIn(DependencyTree tree, int t) {
    for (int node = t, steps = 0; node >= 0 && steps < 4; node = tree.head(node), steps++) {
      if (node != t && tree.lemma(node).equals("leave")) {
        return node;
      }
      if (!(tree.is(node, "dep") || tree.is(node, "xcomp") || tree.is(node, "conj") || tree.is(node, "amod") || tree.is(node, "obj")
          || node == t)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Russian drones hit a bus in the Kherson region, killing two passengers": a participle
   * reporting the toll of the use of force it hangs on, when that act has an object of its own.
   */
  private static int participleOf(DependencyTree tree, Trigger trigger, List<Trigger> found) {
    int t = trigger.token();
    boolean onAct = found.stream().anyMatch(f -> f.token() == tree.head(t));
    int head = onAct ? tree.head(t) : tree.participleHead(t); // "repelled an attack, killing": the attack's own toll
    if (head < 0 || !tree.isParticipleClause(t)) {
      return -1;
    }
    for (Trigger other : found) {
      boolean force = ActKinds.MATERIAL_ROOTS.contains(other.entry().code().root());
      // (an act noun's object is its nmod: "in an air strike on resistance fighters …, killing four of them")
      // (not an act repelled: "repelled an insurgent attack on Mocimboa da Praia, killing 12 insurgents")
      boolean means = other.entry().nominal() && tree.child(head, "nmod") >= 0 && tree.is(head, "obl")
          && Set.of("in", "with").contains(tree.preposition(head));
      boolean aimed = tree.child(head, "obj") >= 0 || tree.child(head, "obl") >= 0 || means;
      if (other.token() == head && force && aimed) {
        return head;
      }
    }
    return -1;
  }

  /** An act that can leave a toll: force, coercion, or a violent protest ("were injured when rival groups clashed"). */
  private static boolean harmful(Trigger t) {
    return ActKinds.MATERIAL_ROOTS.contains(t.entry().code().root()) || t.entry().code().code().startsWith("145");
  }

  /**
   * "Seventeen people were killed when security forces opened fire on protesters": an agentless
   * killing whose "when" or "as" clause tells the use of force that caused it is that act's toll.
   */
  private static int whenClauseOf(DependencyTree tree, Trigger trigger, List<Trigger> found) {
    int t = trigger.token();
    if (tree.child(t, "nsubj:pass") < 0) {
      return -1;
    }
    for (int c : tree.whenClauses(t)) {
      for (Trigger other : found) {
        if (other.token() == c && harmful(other)) {
          return c;
        }
      }
    }
    // "were injured when police baton-charged protesters", parsed as a "when" hanging on the killing
    for (int c : tree.children(t, "advmod")) {
      if (tree.lemma(c).equals("when")) {
        for (Trigger other : found) {
          if (tree.dominates(c, other.token()) && harmful(other)) {
            return other.token();
          }
        }
      }
    }
    return -1;
  }

  /** "killed in an air strike", "wounded by shelling": the event noun whose toll a passive killing reports. */
  private static Optional<Trigger> tollOf(DependencyTree tree, Trigger trigger, List<Trigger> found) {
    if (trigger.entry().nominal() || !TOLL_VERBS.contains(tree.lemma(trigger.token()))) {
      return Optional.empty();
    }
    for (int c : tree.children(trigger.token(), "obl")) {
      if (Set.of("in", "by", "during").contains(tree.preposition(c))) {
        for (Trigger other : found) {
          // (not the setting: "killed in police firing during a protest" is no peaceful protest's toll; riots kill)
          if (other.entry().nominal() && other.token() == c && other.entry().code() != null
              && (ActKinds.MATERIAL_ROOTS.contains(other.entry().code().root()) || other.entry().code().code().startsWith("145"))) {
            return Optional.of(other);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Statements, appeals, intents, consultations, demands, criticism, threats: roots 01–13. */
  private static boolean verbal(EventCode code) {
    return Integer.parseInt(code.root()) <= 13 && !MATERIAL_YIELDS.stream().anyMatch(code.code()::startsWith);
  }

  /** Acts of the yielding root that are done, not said: releases (084), easing a blockade, demobilizing, retreating. */
  private static final Set<String> MATERIAL_YIELDS = Set.of("084", "0872", "0873", "0874");

  private static String codes(Argument a) {
    List<String> codes = new ArrayList<>();
    for (ActorMention m : a.actors()) {
      codes.add(m.actor().code());
    }
    return String.join("+", codes);
  }

  /** A sentence's events and trace. */
  record Coded(List<Event> events, SentenceTrace trace) {}
}

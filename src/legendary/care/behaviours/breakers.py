"""What breaks service, beyond deflecting and hiding behind policy.

- `blames_customer`: a second-person subject with a counterfactual or failure frame and a
  customer action ("you should have read the terms", "you didn't fill in the form"), or
  a fault pinned on the customer ("that's your fault", "it clearly says"), or an
  outcome pinned on them: a clause naming their failure ("after the deadline you were
  given", "if you'd got here on time…", "you were told to keep it on") or pointing at
  a bad outcome ("so that's what you asked for", "which is down to you" after a
  complaint or a failure not the agent's); none in a turn that gives something back
  (an act owned, what changes next, a grant, good news after a contrast);
- `minimises_feelings`: the customer's feeling brushed aside ("calm down", "it's not a
  big deal", "it's only a few days"), or an upset customer's problem judged small,
  unwarranted, normal or soon gone ("six hours is nothing", "part of learning") in a
  turn that gives no care;
- `non_apology`: an apology for the customer's feelings or a hedged one ("sorry you feel
  that way", "sorry if you were upset", "for any inconvenience this may have caused");
- `ignores_question` (conversation): a customer question no following agent turn answers;
- `rude_language`: profanity, an insult aimed at the customer, a dismissive phrase, or
  contempt for their faculties ("use your eyes", "try to keep up", "like any normal
  person would"), or a clause talking down to them ("did nobody teach you…", "for the
  fourth time today"), or sarcasm and exasperation (a written "*sigh*", "I know,
  shocking news", "asking twice won't make it any faster") in a turn that gives no care,
  warmth, reason, news or invitation, and not measured against the speaker ("even my
  son knows this app better than me"); a colleague's rude words reported to apologise
  are not the agent's.

The phrase lists, the care and sparing readings and the failure words live in
`lexicons/breakers.json`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from legendary.care.affect import vocabulary
from legendary.care.behaviours.base import (
    Gate,
    Utterance,
    conversation_behaviour,
    quote,
    utterance_behaviour,
)
from legendary.care.behaviours.committed import find_promises, owns_an_act
from legendary.care.behaviours.questions import SPECIFIC_QUESTION, customer_questions
from legendary.care.evidence import Evidence
from legendary.care.lexicons import load_lexicon
from legendary.care.model import Conversation
from legendary.care.patterns import AnchoredPattern
from legendary.care.sentiment import classify
from legendary.care.text import (
    content_lemmas,
    first_words,
    phrase_alternation,
    sentence_at,
    words,
)


def _alt(key: str) -> str:
    """The regex source matching any phrase of `breakers.json[key]` as whole words."""
    return phrase_alternation(load_lexicon("breakers")[key])


def _first(*keys: str) -> frozenset[str]:
    """The words the phrases of `breakers.json[key]` can start with."""
    lex = load_lexicon("breakers")
    return frozenset().union(*(first_words(lex[key]) for key in keys))


@dataclass(frozen=True, slots=True)
class _Patterns:
    blame: AnchoredPattern
    not_blame: AnchoredPattern
    minimising: AnchoredPattern
    minimising_structure: AnchoredPattern
    after_upset: AnchoredPattern
    trivialising: AnchoredPattern
    dismissal: AnchoredPattern
    problem_dismissal: AnchoredPattern
    minimising_aimed: AnchoredPattern
    aimed_problem: AnchoredPattern
    minimising_agreement: AnchoredPattern
    minimising_explained: AnchoredPattern
    not_minimising: AnchoredPattern
    own_support: AnchoredPattern
    praise_opener: AnchoredPattern
    act_under_way: AnchoredPattern
    fault_ours: AnchoredPattern
    value_comparison: AnchoredPattern
    web_search: AnchoredPattern
    calm_reassurance: AnchoredPattern
    non_apology: AnchoredPattern
    non_apology_structure: AnchoredPattern
    own_act: AnchoredPattern
    apology_head: AnchoredPattern
    object_strong: AnchoredPattern
    object_if_only: AnchoredPattern
    object_weak: AnchoredPattern
    excuse: re.Pattern[str]
    offer: AnchoredPattern
    asks_customer: AnchoredPattern
    feeling_heard: AnchoredPattern
    rude: AnchoredPattern
    profanity: AnchoredPattern
    not_rude: AnchoredPattern


def _phrases_of(key: str) -> AnchoredPattern:
    """The phrases of `breakers.json[key]`, their "re:" patterns anchored on the words of
    `key + "_first_words"`."""
    lex = load_lexicon("breakers")
    return AnchoredPattern.of_phrases(lex[key], lex[f"{key}_first_words"])


@cache
def _patterns() -> _Patterns:
    """Every pattern of this module, composed from the lexicon and anchored on the words
    it can start with (see `patterns.AnchoredPattern`), built once."""
    lex = load_lexicon("breakers")
    adverbs = r"(?:(?:just|simply|actually|really|properly|first|carefully|even|not|also)\s+)*"
    blame = (
        rf"{_alt('blame_modal')}\s+{adverbs}{_alt('blame_verbs')}|{_alt('blame_objects')}"
        rf"|{_alt('blame_outcomes')}|{_alt('blame_outcomes_named')}"
    )
    # "calm down" is only minimising when aimed at the customer: at the start of a
    # sentence or clause, or after a lead-in ("please calm down", "you need to calm
    # down"), not in "once things calm down after the sale". The lead-ins are fixed-width
    # look-behinds so the pattern is only tried at the calming word itself.
    leads = "|".join(rf"(?<={re.escape(lead)}\s)" for lead in lex["calm_down_lead"])
    calm = rf"(?:(?<![\s\S])|(?<=[.!?,;]\s)|(?<=[.!?,;])|{leads})(?:{_alt('calm_down')})"
    apology = (
        rf"{_alt('apology_head')}\W+(?:(?:very|so|really|truly)\W+)?"
        rf"(?:{_alt('non_apology_core')})|{_alt('sorry_but_blame')}"
    )
    # The same apology heads with the customer's view, choice or feeling as their object
    # ("sorry that you believe…", "we regret that you chose…"): a non-apology only when
    # the turn admits no act of the company's own (see `non_apology`).
    apology_for_the_customer = (
        rf"{_alt('apology_head')}\W+(?:(?:very|so|really|truly)\W+)?"
        rf"(?:{_alt('non_apology_structures')})"
    )
    insult = (
        rf"{_alt('insult_targets')}\s+(?:(?:so|really|just|being|such|quite|a\s+bit|very"
        r"|incredibly|extremely|totally|completely|pretty|rather|a\s+little)\s+)*"
        rf"{_alt('insults')}"
    )
    return _Patterns(
        # "did" and "you" start the "re:" phrases of `blame_objects`,
        # and of the "re:" clauses that pin the outcome on the customer ("so that's the
        # clip you asked for", "which is down to you", "after the deadline you were
        # given", "if you'd got here on time…")
        blame=AnchoredPattern(
            blame,
            _first("blame_modal", "blame_objects")
            | {"did", "you", "so", "which", "after", "past", "if"},
        ),
        # "if/when/unless": the first words of the "re:" instruction ("If the app tells
        # you not to update, …")
        not_blame=AnchoredPattern.of_phrases(lex["not_blame"], ("if", "when", "unless")),
        minimising=AnchoredPattern(
            rf"{_alt('minimising')}|{calm}",
            # the first words of the "re:" phrases ("been waiting longer", "there's nothing…")
            _first("minimising", "calm_down")
            | {"been", "waiting", "waited", "there's", "there", "not"}
            | {"isn't", "wasn't", "aren't", "won't"},
        ),
        minimising_structure=_phrases_of("minimising_structures"),
        # with the first words of its "re:" normalisers ("students panic about this
        # every year", "it always turns out fine", "that's the music business")
        after_upset=_phrases_of("minimising_after_upset"),
        trivialising=AnchoredPattern.of_phrases(lex["trivialising"]),
        dismissal=_phrases_of("minimising_dismissals"),
        problem_dismissal=_phrases_of("minimising_problem_dismissals"),
        minimising_aimed=_phrases_of("minimising_aimed"),
        aimed_problem=_phrases_of("minimising_aimed_problem"),
        minimising_agreement=AnchoredPattern.of_phrases(lex["minimising_agreement"]),
        minimising_explained=AnchoredPattern.of_phrases(lex["minimising_explained_by"]),
        not_minimising=AnchoredPattern.of_phrases(lex["not_minimising"]),
        own_support=AnchoredPattern.of_phrases(lex["own_support"]),
        praise_opener=AnchoredPattern.of_phrases(lex["praise_openers"]),
        act_under_way=_phrases_of("act_under_way"),
        fault_ours=_phrases_of("fault_ours"),
        value_comparison=AnchoredPattern.of_phrases(lex["value_comparison"], ("pay", "paid")),
        web_search=_phrases_of("web_search_pointer"),
        calm_reassurance=AnchoredPattern.of_phrases(lex["calm_reassurance"]),
        non_apology=AnchoredPattern(apology, _first("apology_head") | {"sorry"}),
        non_apology_structure=AnchoredPattern(
            apology_for_the_customer, _first("apology_head") | {"sorry"}
        ),
        # the first words of the "re:" admissions ("we should have…", "our mistake")
        own_act=AnchoredPattern(_alt("own_act"), {"we", "i", "our", "my", "that"}),
        apology_head=AnchoredPattern.of_phrases(lex["apology_head"]),
        object_strong=AnchoredPattern.of_phrases(
            lex["apology_object_strong"], lex["apology_object_first_words"]
        ),
        object_if_only=AnchoredPattern.of_phrases(
            lex["apology_object_if_only"], lex["apology_object_first_words"]
        ),
        object_weak=AnchoredPattern.of_phrases(
            lex["apology_object_weak"], lex["apology_object_first_words"]
        ),
        # may start at a comma or semicolon, so not anchored on words
        offer=AnchoredPattern.of_phrases(lex["apology_offer"]),
        asks_customer=AnchoredPattern.of_phrases(
            lex["apology_asks_customer"], ("could", "can", "would", "will", "please")
        ),
        feeling_heard=AnchoredPattern.of_phrases(
            lex["apology_feeling_heard"], ("that", "this", "it")
        ),
        excuse=re.compile(
            "|".join(e.removeprefix("re:") for e in lex["apology_excuse"]), re.IGNORECASE
        ),
        rude=AnchoredPattern(
            rf"{insult}|{_alt('profanity')}|{_alt('rude_phrases')}|{_alt('rude_structures')}"
            rf"|{_alt('rude_condescension')}|{_alt('rude_contempt')}"
            rf"|{_alt('rude_talking_down')}|{_alt('rude_sarcasm')}",
            _first("insult_targets", "profanity", "rude_phrases", "rude_structures")
            | set(lex["rude_condescension_first_words"])
            | set(lex["rude_contempt_first_words"])
            | set(lex["rude_talking_down_first_words"])
            | set(lex["rude_sarcasm_first_words"])
            | set(lex["rude_phrases_first_words"])
            | {"whatever", "has", "have", "was", "were", "i", "if", "obviously"}
            | {"join", "welcome", "stop"}
            # the first words of the "re:" structures ("had you…", "can't you…")
            | {"had", "can't", "cannot", "couldn't", "when", "what's"},
        ),
        profanity=AnchoredPattern.of_phrases(lex["profanity"]),
        not_rude=_phrases_of("not_rude"),
    )


def _sentences(
    behaviour: str,
    utterance: Utterance,
    pattern: AnchoredPattern,
    excluded: AnchoredPattern | None,
    confidence: float,
    keep: Callable[[re.Match[str]], bool] | None = None,
) -> list[Evidence]:
    """Evidence quoting the sentence of each match, skipping matches that fall inside a
    phrase of `excluded` (the hard negatives) or that `keep` refuses, one piece of
    evidence per sentence."""
    found = pattern.finditer(utterance.text)
    if not found:
        return []
    spared = [(m.start(), m.end()) for m in excluded.finditer(utterance.text)] if excluded else []
    out: list[Evidence] = []
    for m in found:
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in spared):
            continue
        if keep is not None and not keep(m):
            continue
        sentence = sentence_at(utterance.text, m.start())
        if out and out[-1].start == sentence.start:
            continue
        out.append(quote(behaviour, utterance, sentence.start, sentence.end, confidence))
    return out


@utterance_behaviour(
    "blames_customer",
    quality="committed",
    breaker=True,
    triggers=lambda: Gate.of(_patterns().blame),
    reads_context=True,  # "so that's what you asked for" blames only after a complaint
    description="Puts the problem on the customer: “you should have read the terms”.",
)
def blames_customer(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence that blames the customer; expectations ("you should
    have received an email") and empathy ("you shouldn't have had to wait") do not count."""
    pats = _patterns()
    text = utterance.text

    def blames(m: re.Match[str]) -> bool:
        # Praise ("Brilliant, you did it all yourself, so you're all set") is no blame,
        # nor a check the agent answers with their own remedy ("Did you measure the
        # space before ordering? If not, I'll arrange an exchange").
        sentence = sentence_at(text, m.start())
        praise = _patterns().praise_opener.search(text, sentence.start, m.start())
        if praise is not None and praise.start() == sentence.start:
            return False
        said = m.group(0).lower()
        if _lexicon_alternation("blame_outcomes_named").match(text, m.start()):
            return not _outcome_given_back(text, m)
        if _lexicon_alternation("blame_outcomes").match(text, m.start()):
            # "so that's what you asked for", "which is down to you" point at an outcome:
            # a verdict only on a bad one, a complaint before or a failure not the
            # agent's in its sentence ("a bike isn't cleaned…, which is down to you";
            # not "We don't have a fixed time…" nor "There's no wrong answer…").
            bad = _customer_upset(utterance.context) or _failure_before(text, m.start())
            return bad and not _outcome_given_back(text, m)
        return not (said.startswith("did") and _own_remedy_after(text, m.end()))

    return _sentences("blames_customer", utterance, pats.blame, pats.not_blame, 0.85, blames)


def _outcome_given_back(text: str, m: re.Match[str]) -> bool:
    """True when the turn of the outcome clause `m` gives the customer something, so the
    outcome is explained rather than pinned on them: an act of the agent's own anywhere
    ("I've matched the colour to the sample you sent, so that's exactly what you asked
    for"), what changes next or a grant (`blame_outcome_given_back`: "…, so from
    tomorrow you can shower as normal", "we still accept forms…"), or good news after a
    contrast ("…, but the sunset tour tonight is just as lovely")."""
    if owns_an_act(text) or _lexicon_pattern("blame_outcome_given_back").search(text):
        return True
    contrast = _CONTRAST.search(text, m.end())
    return contrast is not None and classify(text[contrast.end() :]) == "positive"


def _failure_before(text: str, position: int) -> bool:
    """True when a failure (`blame_failure`: "isn't", "never", "forgot to") comes before
    `position` in its sentence with a subject that is not the agent ("a bike isn't
    cleaned", "you didn't cancel"; not "we don't have a fixed time")."""
    sentence = sentence_at(text, position)
    return any(
        _subject_before(text, failure.start()) not in _word_set("first_person_subjects")
        for failure in _lexicon_pattern("blame_failure").finditer(text, sentence.start, position)
    )


def _own_remedy_after(text: str, position: int) -> bool:
    """True when the agent's turn goes on, after `position`, to a first-person promise
    ("I'll arrange a free exchange", "I'll be with you the whole time"): what came
    before is the agent checking or reassuring on their way to helping, not a verdict."""
    return any(not p.to_customer for p in find_promises(text[position:]))


@utterance_behaviour(
    "minimises_feelings",
    quality="responsive",
    breaker=True,
    # "it's only a suitcase" is found by `trivialising`, after a complaint
    triggers=lambda: Gate.of(
        _patterns().minimising,
        _patterns().minimising_structure,
        _patterns().after_upset,
        _patterns().trivialising,
        _patterns().dismissal,
        _patterns().problem_dismissal,
        _patterns().minimising_aimed,
        _patterns().aimed_problem,
    ),
    reads_context=True,  # "it's only a…" belittles only after a complaint
    description="Brushes the customer's feeling aside: “calm down”, “it's not a big deal”.",
)
def minimises_feelings(utterance: Utterance) -> list[Evidence]:
    """Evidence for each sentence that minimises what the customer feels; reassurance
    ("don't worry, I'll sort it") and "no need to apologise" do not count."""
    pats = _patterns()
    text = utterance.text

    def brushes_aside(m: re.Match[str]) -> bool:
        # "No worries at all, relax, we'll fit you in": a calming word after the agent
        # has waved away the customer's own apology is permission, not a brush-off; after
        # anything else ("That's fine, calm down, I heard you") it still brushes aside.
        said = m.group(0).lower()
        if _spared_by_care(text, m):
            return False
        if said in _word_set("calm_down"):
            start = sentence_at(text, m.start()).start
            waved = _patterns().calm_reassurance.search(text, start, m.start()) is not None
            return not (waved and _customer_apologised(utterance.context))
        # "There's nothing to be scared of; I'll be with you the whole time" reassures:
        # the agent stands by the customer instead of dismissing the fear.
        if " nothing to " not in said:
            return True
        support = _patterns().own_support.search(text, m.end())
        return support is None and not _acts_on_it_after(text, m.end())

    found = _sentences(
        "minimises_feelings", utterance, pats.minimising, pats.not_minimising, 0.85, brushes_aside
    )
    # The feeling made small by structure ("you're fretting about nothing", "you'd barely
    # notice it", "people pay far bigger fines"): not when the agent goes on to act on
    # it ("I wouldn't lose sleep over it: I'll replace it today").
    found = _merged(
        found,
        _sentences(
            "minimises_feelings",
            utterance,
            pats.minimising_structure,
            pats.not_minimising,
            0.8,
            lambda m: _makes_the_feeling_small(utterance, m),
        ),
    )
    # "It isn't that long" is an answer to "Will it take long?", minimising only when
    # the customer is upset (or unheard); and not when the agent goes on to act ("that's
    # normal in the first week, but I'll send an engineer anyway").
    if pats.after_upset.search(text) and _customer_upset(utterance.context):
        found = _merged(
            found,
            _sentences(
                "minimises_feelings",
                utterance,
                pats.after_upset,
                pats.not_minimising,
                0.85,
                lambda m: not _acts_on_it_after(text, m.end()),
            ),
        )
    if pats.trivialising.search(utterance.text) and _belittles_the_complaint(utterance):
        found = _merged(
            found,
            _sentences(
                "minimises_feelings",
                utterance,
                pats.trivialising,
                pats.not_minimising,
                0.8,
                lambda m: not _spared_by_care(text, m),
            ),
        )
    # The feeling judged small to the person who raised it ("you're being a worrier"),
    # unless the agent goes on to act.
    if pats.minimising_aimed.search(text) and _belittles_the_complaint(utterance):
        found = _merged(
            found,
            _sentences(
                "minimises_feelings",
                utterance,
                pats.minimising_aimed,
                pats.not_minimising,
                0.8,
                lambda m: not _acts_on_it_after(text, m.end()),
            ),
        )
    # A customer who is upset or names a feeling ("I'm gutted…"), the feeling itself
    # judged unwarranted ("it doesn't warrant hurt feelings", "no call for panic",
    # "who hasn't?") in a turn that gives no care at all, spared wherever the agent
    # acts, offers, asks, names the feeling back or apologises. Only after a customer's
    # turn that is there to read, and a feeling that is not joy: "it's part of the fun"
    # to someone excited shares it.
    context = utterance.context
    if (
        pats.dismissal.search(text)
        and context.strip()
        and (
            _customer_upset(context)
            or (_customer_feels(context) and classify(context) != "positive")
        )
        and not _gives_care(text)
    ):
        found = _merged(
            found,
            _sentences(
                "minimises_feelings",
                utterance,
                pats.dismissal,
                pats.not_minimising,
                0.75,
                lambda m: not _reassures(utterance, m),
            ),
        )
    # The customer's problem judged small, normal or soon gone ("six hours is nothing",
    # "part of learning to ride", "she'll have moved on by New Year", "they're only
    # playlists"): only after a customer hurt by what happened. To one worried about
    # what is to come, the same shape is a fact that settles it ("he won't even
    # notice, it's a tiny needle"); agreement ("you're right, …") or an explanation
    # going on from it ("…, which is why it's covered by the recall") is care too.
    if (
        (pats.problem_dismissal.search(text) or pats.aimed_problem.search(text))
        and _hurt_by_what_happened(context)
        and not (_gives_care(text) or pats.minimising_agreement.search(text))
    ):
        # "They're only <things>" belittles the customer's own things ("the playlists
        # I spent years on" - "they're only playlists"), not what the agent names
        # ("they're only samples, the full prints go out on Monday").
        theirs = content_lemmas(context)
        for pattern, keep in (
            (
                pats.problem_dismissal,
                lambda m: not (_explained_after(text, m.end()) or _reassures(utterance, m)),
            ),
            (
                pats.aimed_problem,
                lambda m: (
                    bool(content_lemmas(words(m.group(0))[-1]) & theirs)
                    and not _explained_after(text, m.end())
                ),
            ),
        ):
            found = _merged(
                found,
                _sentences(
                    "minimises_feelings", utterance, pattern, pats.not_minimising, 0.75, keep
                ),
            )
    return found


def _hurt_by_what_happened(context: str) -> bool:
    """True when the customer's turn is there, is negative or names a feeling, and names
    no feeling about what is still to come ("worried", "nervous", "excited":
    `forward_feelings`), which a plain fact reassures ("I'm nervous, will it hurt
    him?" — "he won't even notice")."""
    if not context.strip():
        return False
    named = set(words(context)) & vocabulary().words
    if named & _word_set("forward_feelings"):
        return False
    return _customer_upset(context) or bool(named)


def _reassures(utterance: Utterance, m: re.Match[str]) -> bool:
    """True when the dismissal `m` reassures rather than brushes aside
    (`breakers.json[minimising_reassured_about]`): to a customer worried about what a
    thing means, it opens a colon giving the reason ("Not something to get stressed
    about: the second charge is a hold…") and says nothing to the person; or "I doubt
    anyone noticed" to a customer embarrassed at their own slip ("my son knocked over
    a display"), not at the company's failure."""
    said = words(m.group(0))
    context = utterance.context
    if set(said) & _word_set("minimising_noticing"):
        return _lexicon_pattern("customer_own_slip").search(context) is not None
    worried = bool(set(words(context)) & _word_set("forward_feelings"))
    to_the_person = bool(set(said) & {"you", "you're", "your", "yourself"})
    follows = _lexicon_pattern("minimising_explanation_follows").match(utterance.text, m.end())
    return worried and not to_the_person and follows is not None


def _explained_after(text: str, position: int) -> bool:
    """True when the sentence goes on, after `position`, to explain or settle the
    problem ("…, which is why it is covered by the recall", "…, so you can …")."""
    sentence = sentence_at(text, position)
    return _patterns().minimising_explained.search(text, position, sentence.end) is not None


def _spared_by_care(text: str, m: re.Match[str]) -> bool:
    """True when `m` is a plain judgement of the problem ("it's only a quick reset", "it
    happens to everyone") in a turn that also gives care: an act done or promised
    (`_acts_on_it_after`), the feeling named back or an apology, not after a contrast in
    its sentence ("I'm sorry, but it's only a parcel"). A word to the person ("you're
    overreacting", "calm down") or a worse lot ("it could be worse") is never spared:
    see `minimising_to_the_person`."""
    said = m.group(0).lower()
    if said in _word_set("calm_down") or set(words(said)) & _word_set("minimising_to_the_person"):
        return False
    sentence = sentence_at(text, m.start())
    if _CONTRAST.search(text, sentence.start, m.start()):
        return False
    # An offer alone ("it's only a cake, we can refund it") is no care for the person.
    return (
        _acts_on_it_after(text, 0)
        or _patterns().apology_head.search(text) is not None
        or _names_the_feeling_back(text)
    )


#: A contrast that turns care into a dismissal: "I'm sorry, but it's only a parcel".
_CONTRAST = re.compile(r"\b(?:but|though|however|still)\b", re.IGNORECASE)


def _gives_care(text: str) -> bool:
    """True when the turn does something for the customer beside what it says of the
    problem: it acts, offers, asks for the next step or names the feeling back (see
    `_apology_goes_on_to_care`), or apologises."""
    return _apology_goes_on_to_care(text) or _patterns().apology_head.search(text) is not None


def _makes_the_feeling_small(utterance: Utterance, m: re.Match[str]) -> bool:
    """True unless the structure `m` found is no brush-off: the agent goes on to act on
    the problem; "don't take it personally" says the fault was ours ("— it was our
    system"), which is "this is not your fault"; or a price is compared with the market
    ("people pay far more for this elsewhere") to a customer who voiced no feeling, a
    value argument for a price question rather than others' worse lot ("far bigger
    fines", "much longer"), which belittles whoever asks."""
    text = utterance.text
    if _acts_on_it_after(text, m.end()):
        return False
    pats = _patterns()
    said = m.group(0).lower()
    if "personally" in said or "to heart" in said:
        following = sentence_at(text, min(sentence_at(text, m.start()).end + 1, len(text)))
        if pats.fault_ours.search(text, m.end(), max(following.end, m.end())):
            return False
    if pats.value_comparison.search(text, m.start(), m.end()):
        return _customer_feels(utterance.context)
    return True


def _acts_on_it_after(text: str, position: int) -> bool:
    """True when the agent's turn goes on, after `position`, to act on the problem: a
    promise or an act done ("I've corrected it", see `committed.owns_an_act`), or one
    done or under way in other words ("the refund has already gone through", "let's go
    through it together"). What came before reassures on the way to helping."""
    rest = text[position:]
    return owns_an_act(rest) or _patterns().act_under_way.search(rest) is not None


def _customer_feels(context: str) -> bool:
    """True when the customer's turn names a feeling of theirs ("I'm so angry…"), or is
    unknown: a price question, however sharp, voices none."""
    return not context.strip() or not vocabulary().words.isdisjoint(words(context))


def _customer_apologised(context: str) -> bool:
    """True when the customer's turn apologises ("sorry to be a pain"), or is unknown."""
    return not context.strip() or bool(set(words(context)) & _word_set("customer_apology"))


def _merged(found: list[Evidence], more: list[Evidence]) -> list[Evidence]:
    """`found` with each piece of `more` whose sentence it does not already quote, in
    the order of the text: a second rule's find is kept only where the first found
    nothing, so a sentence is evidenced once, at the first rule's confidence."""
    seen = {e.start for e in found}
    return sorted(found + [e for e in more if e.start not in seen], key=lambda e: e.start)


def _belittles_the_complaint(utterance: Utterance) -> bool:
    """True when making something small ("it's only a parcel") would belittle what the
    customer raised: their turn is unknown, negative, or names what the agent's turn
    talks about. Said to a plain question it does not ("Will I make my connection?" —
    "it's only a short walk") it is information."""
    context = utterance.context
    return _customer_upset(context) or bool(
        content_lemmas(context) & content_lemmas(utterance.text)
    )


def _customer_upset(context: str) -> bool:
    """True when the customer's turn before the agent's is negative, or unknown (no turn
    to read: the agent may be answering someone upset, or no one, and a breaker read
    alone must not assume calm)."""
    return not context.strip() or classify(context) == "negative"


@utterance_behaviour(
    "non_apology",
    quality="responsive",
    breaker=True,
    # the object frames of `_apologies_for_a_perception` ("…wasn't to your liking")
    triggers=lambda: Gate.of(
        _patterns().non_apology,
        _patterns().non_apology_structure,
        _patterns().object_strong,
        _patterns().object_if_only,
        _patterns().object_weak,
    ),
    description="Apologises for the customer's feelings, or only conditionally: "
    "“sorry you feel that way”, “sorry if you were upset”.",
)
def non_apology(utterance: Utterance) -> list[Evidence]:
    """Evidence for each non-apology; a real apology ("I'm sorry you've had to wait so
    long", "sorry if I misunderstood") does not count, nor an apology for the customer's
    feeling in a turn that owns the company's part ("I'm sorry you were disappointed; we
    should have told you")."""
    pats = _patterns()
    found = _sentences("non_apology", utterance, pats.non_apology, None, 0.8)
    if _admits_own_act(utterance.text):
        return found
    found = _merged(
        found, _sentences("non_apology", utterance, pats.non_apology_structure, None, 0.75)
    )
    if _apology_goes_on_to_care(utterance.text):
        return found
    return _merged(found, _apologies_for_a_perception(utterance))


def _apology_goes_on_to_care(text: str) -> bool:
    """True when a turn apologising for how things struck the customer goes on to do
    something about it, so the apology is sympathy rather than a deflection: someone
    acts ("our partner team will call you today", "they're being rewritten", see
    `_acts_on_it_after`), help is offered ("…; let me see what else we have"), the
    customer is asked to do the next step ("Could you send a photo?", "please call us if
    it lasts"), or the feeling is named back ("that must have been worrying"; the last
    word must be a feeling, not "that sounds fine")."""
    pats = _patterns()
    if _acts_on_it_after(text, 0) or pats.offer.search(text) or pats.asks_customer.search(text):
        return True
    return _names_the_feeling_back(text)


def _names_the_feeling_back(text: str) -> bool:
    """True when the turn names a feeling back ("that must have been worrying"): the last
    word of the frame is a feeling, not "that sounds fine"."""
    feelings = vocabulary().words
    return any(
        m.group("feeling").lower() in feelings for m in _patterns().feeling_heard.finditer(text)
    )


def _apologies_for_a_perception(utterance: Utterance) -> list[Evidence]:
    """Each apology whose object is how things struck the customer rather than what the
    company did, in a turn that owns nothing: read by the clause the apology governs,
    not by a phrase. The object follows the apology word directly ("sorry the…",
    "apologies if…", "sorry to hear you…"), its subject is not the agent ("sorry if I
    wasn't clear" owns a slip), and it is
    - an appearance ("…came across that way", "…if the wait seemed long"), a taste or an
      expectation ("…wasn't to your liking", "…more than you were expecting", "…as tidy
      as you'd hoped"); or, under "if", a likeness or an impression given ("if it seems
      like we…", "if the photos gave you the wrong idea");
    - or the customer's own feeling or expectation ("you felt overlooked", "you weren't
      expecting a reset", "the changes don't work for you") when an excuse follows or
      the apology is conditional ("…; our team were very busy", "…, but they're here to
      stay"): alone, "sorry you felt overlooked" may be sympathy."""
    pats = _patterns()
    text = utterance.text
    frames = (pats.object_strong, pats.object_if_only, pats.object_weak)
    if not any(frame.search(text) for frame in frames):
        return []  # no object of the kind, whatever the apology: the gate's patterns
    out: list[Evidence] = []
    for head in pats.apology_head.finditer(text):
        sentence = sentence_at(text, head.start())
        opener = _APOLOGY_OBJECT.match(text, head.end(), sentence.end)
        if opener is None or opener.group("agent"):
            continue
        start, end = opener.end(), sentence.end
        conditional = bool(opener.group("cond"))
        weak = pats.object_weak.search(text, start, end)
        if (
            pats.object_strong.search(text, start, end)
            or (conditional and pats.object_if_only.search(text, start, end))
            or (weak and (conditional or pats.excuse.search(text, weak.end(), end)))
        ):
            out = _merged(out, [quote("non_apology", utterance, sentence.start, end, 0.7)])
    return out


#: What opens the object of an apology said straight after it ("sorry the…", "sorry if…",
#: "sorry to hear that…"), with the agent as its subject caught in `agent`.
_APOLOGY_OBJECT = re.compile(
    r"\s+(?:to\s+hear\s+)?(?:(?P<cond>if)\s+|that\s+)?"
    r"(?:(?P<agent>(?:i|i'm|i've|i'd|my|me)\b)|(?=[a-z]))",
    re.IGNORECASE,
)


def _admits_own_act(text: str) -> bool:
    """True when `text` owns an act of the company's ("we should have told you", "that
    was our mistake"), not counting one it reports as the customer's view ("sorry you
    feel we let you down")."""
    for m in _patterns().own_act.finditer(text):
        before = words(text[max(0, m.start() - 40) : m.start()])
        if not before or before[-1] not in _word_set("view_verbs"):
            return True
    return False


@cache
def _word_set(key: str) -> frozenset[str]:
    """The words or phrases of `breakers.json[key]`: "view_verbs" make what follows the
    customer's view rather than the agent's admission; "refusal_words" make a sentence a
    refusal; "calm_down" are the calming words; "conditional_openers" open a sentence
    that only supposes ("if you search online for…")."""
    return frozenset(load_lexicon("breakers")[key])


@utterance_behaviour(
    "rude_language",
    quality="responsive",
    breaker=True,
    triggers=lambda: Gate.of(_patterns().rude, _patterns().web_search),
    reads_context=True,  # the customer's own swear word said back is not the agent's
    description="Profanity, an insult aimed at the customer, or a dismissive phrase "
    "(“whatever”, “I already told you”).",
)
def rude_language(utterance: Utterance) -> list[Evidence]:
    """Evidence for each rude sentence in the agent's turn."""
    pats = _patterns()
    text = utterance.text
    # The customer's own word said back ("a hell of a week", "you said it was 'crap'")
    # and a word in quotation marks are not the agent's language.
    echoed = set(words(utterance.context))

    def own_words(m: re.Match[str]) -> bool:
        # "He told you to shut up? That's not acceptable": a colleague's words reported
        # in order to apologise for them are not the agent's.
        if _reported_by_another(text, m.start()):
            return False
        if m.group(0).lower().startswith("for the "):
            # "for the fourth time today" is weariness, unless the repeating was the
            # customer's ("sorry you've had to call for the third time") or the
            # organisation's news ("we've won it for the third time").
            sentence = sentence_at(text, m.start())
            if _subject_before(text, m.start()) in _word_set("rude_repetition_collective"):
                return False
            return (
                _lexicon_pattern("rude_repetition_owned").search(text, sentence.start, sentence.end)
                is None
            )
        # A bare "Read the guide." or "what did you expect?" is a retort only where no
        # care comes before it ("I've attached our setup guide. Read the guide.").
        said = m.group(0).lower()
        bare_order = said.startswith(("read ", "just read ")) and text[m.end() :].startswith(".")
        if bare_order and not _opens_its_sentence(text, m.start()):
            # after "but / though / however" the order answers the care it contrasts
            # ("Sorry, but read the terms."); after a plain clause it is advice ("You
            # can return it, but read the terms first.")
            return _care_voided(text, m)
        if bare_order or (said.startswith("what ") and "expect" in said):
            return not _retort_in_care(text, m)
        if _lexicon_alternation("rude_sarcasm").match(text, m.start()):
            # "*sigh* Mondays! Let me fix that for you now.": beside care, warmth, a
            # reason or news, sarcasm's words are shared or rueful, and measured against
            # the speaker ("…better than me!") they mock the speaker, not the customer
            sentence = sentence_at(text, m.start())
            at_speaker = _lexicon_pattern("rude_sarcasm_aimed_at_speaker")
            if at_speaker.search(text, m.end(), sentence.end) is not None:
                return False
            return not (_care_spares(text, m, len(text), sarcasm=True) or owns_an_act(text))
        if said in _word_set("reassured_with_help"):
            # "Don't worry, it's not rocket science, I'll walk you through it."
            reassured = pats.calm_reassurance.search(text) or pats.offer.search(text)
            return reassured is None and not owns_an_act(text)
        if said.endswith(" words") and not said.startswith("words "):
            # "small words" promised with plain language is a kindness ("Sure, I'll
            # explain it using small words, no jargon, promise.")
            sentence = sentence_at(text, m.start())
            promised = _lexicon_pattern("plain_words_promised")
            return promised.search(text, sentence.start, sentence.end) is None
        # "…like any normal person would" compares the customer, not the speaker or
        # someone else ("Why can't I sleep like a normal person?", "he should…").
        # The subject may follow the comparison too: "like most reasonable people I'd
        # want the refund too" compares the speaker.
        if m.group(0).lower().startswith("like "):
            others = _word_set("first_person_subjects") | _word_set("third_person_subjects")
            after = words(text[m.end() : sentence_at(text, m.start()).end])[:1]
            return _subject_before(text, m.start()) not in others and not set(after) & others
        if m.group(0).lower() == "obviously":
            return _after_a_refusal(text, m.start())
        if m.group(0).lower() in _word_set("told_to_the_customer"):
            return _said_to_the_customer(text, m.start())
        if pats.profanity.search(text, m.start(), m.end()) is None:
            return True
        quoted = text[max(0, m.start() - 1) : m.start()] in _QUOTES
        return not quoted and not (set(words(m.group(0))) & echoed)

    found = _sentences("rude_language", utterance, pats.rude, pats.not_rude, 0.9, own_words)
    # A pointer to the web in a turn that acts or offers help ("…, or I'm happy to read
    # them out now") is one more way to find it, not a brush-off.
    if pats.web_search.search(text) and not owns_an_act(text) and not pats.offer.search(text):
        pointers = _sentences(
            "rude_language", utterance, pats.web_search, None, 0.8, _points_the_customer_away
        )
        found = _merged(found, pointers)
    return found


@cache
def _lexicon_alternation(key: str) -> re.Pattern[str]:
    """Any phrase of `breakers.json[key]` (see `_alt`), compiled case-blind: to tell
    which list a match of a combined pattern came from."""
    return re.compile(_alt(key), re.IGNORECASE)


@cache
def _lexicon_pattern(key: str) -> re.Pattern[str]:
    """The "re:" pattern of `breakers.json[key]`, compiled case-blind."""
    return re.compile(load_lexicon("breakers")[key].removeprefix("re:"), re.IGNORECASE)


def _cares(text: str, end: int, *, sarcasm: bool = False) -> list[re.Match[str]]:
    """The care said in `text[:end]`: `care_words` (an apology, thanks, good news); before
    a retort also help given or a purpose (`rude_retort_after_care`); beside sarcasm an
    offer ("let me…", "I can…"), reassurance ("no worries") and warmth, a reason, news
    or an invitation (`rude_sarcasm_spared_by`), its acts read by `owns_an_act` ("*sighs*
    The link is in the email we sent you." names an act, it does not give one)."""
    keys = ("care_words", "rude_sarcasm_spared_by" if sarcasm else "rude_retort_after_care")
    found = [c for key in keys for c in _lexicon_pattern(key).finditer(text, 0, end)]
    if sarcasm:
        pats = _patterns()
        found += [*pats.offer.finditer(text, 0, end), *pats.calm_reassurance.finditer(text, 0, end)]
    return found


def _care_spares(text: str, m: re.Match[str], end: int, *, sarcasm: bool = False) -> bool:
    """True when care in `text[:end]` (see `_cares`) spares the words at `m`: care after
    them, or before them with no contrast between ("Sorry, but read the guide.", "Sorry,
    but asking twice won't make it faster." are no care). The words' own span is not
    their care ("Read the email I sent you three times.")."""
    for care in _cares(text, end, sarcasm=sarcasm):
        if m.start() <= care.start() < m.end():
            continue
        if care.start() > m.start() or not _CONTRAST.search(text, care.end(), m.start()):
            return True
    return False


def _retort_in_care(text: str, m: re.Match[str]) -> bool:
    """True when the order to read or "what did you expect?" at `m` is said within care,
    not as a retort: after an apology, thanks, good news or help given in the turn, or
    with a purpose, up to the end of its sentence ("I've attached our setup guide with
    pictures. Read the guide.", "So I can put it right, what did you expect?"), or
    inviting the answer after it ("What did you expect? Tell me and I'll find one").
    A contrast between the care and the retort voids it ("Sorry, but what did you
    expect?")."""
    if _care_spares(text, m, sentence_at(text, m.start()).end):
        return True
    return _lexicon_pattern("rude_retort_invites_answer").search(text, m.end()) is not None


def _care_voided(text: str, m: re.Match[str]) -> bool:
    """True when care comes before the retort at `m` in its turn with a contrast
    between them ("Sorry, but read the guide.", "Thanks. But read the terms.")."""
    return any(_CONTRAST.search(text, care.end(), m.start()) for care in _cares(text, m.start()))


def _opens_its_sentence(text: str, position: int) -> bool:
    """True when only space lies between the start of its sentence and `position`."""
    return not text[sentence_at(text, position).start : position].strip()


def _reported_by_another(text: str, position: int) -> bool:
    """True when the phrase at `position` is someone else's words the agent reports
    ("He told you to shut up?", "the driver said 'deal with it'"): a reporting frame
    just before it in its sentence, whose subject is not the agent ("I told you to pay
    attention" is the agent's own)."""
    sentence = sentence_at(text, position)
    frame = _lexicon_pattern("reported_speech").search(text, sentence.start, position)
    if frame is None:
        return False
    return _subject_before(text, frame.start()) not in _word_set("first_person_subjects")


def _points_the_customer_away(m: re.Match[str]) -> bool:
    """True when the web search `m` is put to the customer: as a command or a subject
    opening its sentence ("Google is your friend.", "Just google it.", "Try googling
    it.", "A quick web search will tell you…") or with "you" as its nearest subject
    ("You can find it by searching online."). Not the agent's own search ("I googled
    the error code…"), a search as a topic ("Searching online can be confusing, so…"),
    a conditional pointer to something named ("If you search online for our status
    page, …") nor one that gives the search to make."""
    text = m.string
    sentence = sentence_at(text, m.start())
    before = words(text[sentence.start : m.start()])
    if before and before[0] in _word_set("conditional_openers"):
        return False
    # "Google is your friend here: type the model number and 'manual'…" gives the
    # search itself (a colon, the terms quoted, what to type): that is help.
    after = text[m.end() : sentence.end]
    if ":" in after or _OPENING_QUOTE.search(after) or "type" in words(after):
        return False
    if set(before) <= _word_set("web_search_lead_ins"):
        # a gerund opening the sentence is its topic unless "try" makes it a command
        gerund = words(m.group(0))[0].endswith("ing")
        return not gerund or (bool(before) and before[-1] == "try")
    return _subject_before(text, m.start()) in _word_set("second_person_subjects")


def _said_to_the_customer(text: str, position: int) -> bool:
    """True when the phrase at `position` ("deal with it") is put to the customer: as a
    command ("That's the fee, so deal with it."), or with "you" as its nearest subject
    ("you'll just have to…") unless the need is denied ("you won't need to deal with
    it"). With the agent or a colleague as its subject ("Leave your paperwork with me
    and I'll deal with it", "she'll deal with it") it owns the problem."""
    subject = _subject_before(text, position)
    if subject is None:
        return True
    if subject not in _word_set("second_person_subjects"):
        return False
    sentence = sentence_at(text, position)
    said = words(text[sentence.start : position])
    after_subject = said[len(said) - said[::-1].index(subject) :]
    return _word_set("negated_need").isdisjoint(after_subject)


def _subject_before(text: str, position: int) -> str | None:
    """The subject word ("you'll", "i", "she") nearest before `position` in its
    sentence, or None: the one whose verb the phrase at `position` most likely is.
    Whole words only, so "your paperwork" is no "you"."""
    sentence = sentence_at(text, position)
    subjects = (
        _word_set("first_person_subjects")
        | _word_set("second_person_subjects")
        | _word_set("third_person_subjects")
    )
    for word in reversed(words(text[sentence.start : position])):
        if word in subjects:
            return word
    return None


def _after_a_refusal(text: str, position: int) -> bool:
    """True unless the sentence ending in "…, obviously." at `position` answers yes or
    no without refusing anything ("Yes, you can keep the old one, obviously.", "No,
    the label is free, obviously."): there the word is a friendly aside, while after a
    refusal or a bare verdict ("Because it doesn't work like that, obviously.", "It's
    expired, obviously.") it talks down."""
    sentence = sentence_at(text, position)
    said = words(text[sentence.start : position])
    if not said or said[0] not in ("yes", "no"):
        return True
    return bool(set(said[1:]) & _word_set("refusal_words"))


_QUOTES = frozenset("\"'‘’“”")
#: A quotation mark opening quoted words (not the apostrophe of "answer's").
_OPENING_QUOTE = re.compile(r"(?:^|\s)[\"'‘“]")


@conversation_behaviour(
    "ignores_question",
    quality="attentive",
    breaker=True,
    description="A question the customer asked got no answer in the agent turns that followed.",
)
def ignores_question(conversation: Conversation) -> list[Evidence]:
    """Evidence (the customer's question) for each question the agent passed over.

    Built on `questions.customer_questions`, which also serves `answers_all_questions`.
    A question is ignored when an agent spoke after it and no agent turn answered it, or
    when the agent's reply answered a sibling question of the same customer turn by its
    words but shares nothing with this one (the customer asked two things, got one).
    A question left at the very end, with no agent turn after it, is not counted: the
    conversation may simply continue elsewhere; nor is one the agent asked back about
    ("Which order do you mean?") with no reply from the customer since. Nor is a question
    without a topic
    ("Hello?", "Are you still there?"): the next reply answers it. The sibling rule needs
    a specific question (three content words or more), since a vague one ("what do I do
    now?") is answered by whatever the agent says next.
    """
    asked = customer_questions(conversation)
    if not asked:
        return []
    turns = conversation.turns
    found: list[Evidence] = []
    for question in asked:
        topic = content_lemmas(question.span.text)
        if not topic:
            continue
        if question.answered_by is None:
            if question.waits_on_customer or not any(
                t.is_agent for t in turns[question.turn + 1 :]
            ):
                continue
            confidence = 0.8
        elif (
            len(topic) >= SPECIFIC_QUESTION
            and question.confidence < 0.85
            and any(
                other is not question
                and other.turn == question.turn
                and other.answered_by == question.answered_by
                and other.confidence >= 0.85
                for other in asked
            )
        ):
            confidence = 0.6
        else:
            continue
        span = question.span
        found.append(
            Evidence("ignores_question", question.turn, span.start, span.end, span.text, confidence)
        )
    return found

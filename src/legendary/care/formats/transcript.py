"""Call transcripts: one phone call per file, as WebVTT, SubRip or plain "Speaker: words".

Three shapes are read, told apart by the extension and the first line:

- **WebVTT** (``.vtt``, first line ``WEBVTT``), what meeting and speech-to-text tools
  write. The speaker comes from a voice tag (``<v Agent Maria>Hello</v>``) or from a
  ``Name:`` at the start of the cue's text.
- **SubRip** (``.srt``): numbered cues, ``00:00:01,000 --> 00:00:04,000`` timings, and a
  ``Name:`` at the start of the text.
- **Plain text** (``.txt``): one line per utterance, ``Speaker: words``, optionally after
  a time (``[00:01:23]``, ``00:01:23`` or ``(01:23)``). A line without a speaker carries
  on the utterance before it.

Who is who: a speaker label that names a role ("Agent", "Customer", "Caller", "Rep",
"Agent Maria", "Maria (agent)", "IVR") decides it. Where labels are only names or
diarisation labels ("Maria Lopez", "Speaker 1"), the first person to speak is the agent
(a service line is answered by the agent, who greets first) and everyone else a customer,
unless a labelled role says otherwise: when a labelled agent is present, unlabelled
speakers are customers, and the other way round. Diarisation labels are not kept as names.

Captions cut speech into short cues, so consecutive cues of one speaker become one turn.
Cue times are offsets from the start of the recording, not clock times, so turns carry no
timestamp (a silence on a call is not a customer waiting for a written reply). The
conversation's id is the file name without its extension; its channel is ``phone``.

Every problem raises `FormatError` with the line: a malformed cue timing, text before any
speaker is known, a file with no spoken words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from legendary.care.formats.errors import FormatError
from legendary.care.formats.source import decode_document, empty_file_error, open_binary
from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn

#: Speaker labels that name a role, lower-case. A label is read word by word, so "Agent
#: Maria", "Support Rep" and "Maria (Customer)" are understood too.
ROLE_WORDS: Mapping[str, Role] = {
    **dict.fromkeys(
        (
            "agent",
            "rep",
            "representative",
            "advisor",
            "adviser",
            "associate",
            "csr",
            "operator",
            "specialist",
            "consultant",
            "support",
            "staff",
            "concierge",
        ),
        Role.AGENT,
    ),
    **dict.fromkeys(
        (
            "customer",
            "caller",
            "client",
            "guest",
            "member",
            "patient",
            "user",
            "buyer",
            "shopper",
            "passenger",
            "policyholder",
            "subscriber",
            "tenant",
        ),
        Role.CUSTOMER,
    ),
    **dict.fromkeys(("ivr", "bot", "assistant", "automated", "recording"), Role.BOT),
    "system": Role.SYSTEM,
}

_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_TIMING = re.compile(rf"^\s*({_TIME})\s*-->\s*({_TIME})(?:\s+.*)?$")
# A timing line, well formed or not: an arrow, or a line that opens with a time.
_ARROW = re.compile(rf"-->|^\s*{_TIME}\s*(?:-|–|—|>|$)")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>", re.IGNORECASE)
# Markup (<i>, <c.loud>, </v>) and WebVTT's timestamps inside a cue (<00:00:02.500>).
_TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.IGNORECASE)
# "Maria:", "Agent (Maria):", "SPEAKER_01:", "Dr. Ana Ruiz:" — a short label before a colon
# at the start of the text (`_is_label` then checks its words), not followed by "//" (a link).
_LABEL = re.compile(
    r"^\s*(?P<label>[^\W\d_][\w.'’\- ]{0,38}?(?:\s*\([^()]{1,30}\))?"
    r"|(?:speaker|spk|ch)[ _-]?\d{1,2})\s*:(?!//)\s*(?P<text>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_PLAIN_TIME = re.compile(rf"^\s*(?:\[{_TIME}\]|\({_TIME}\)|{_TIME}(?=\s))\s*[-–]?\s*")
_DIARISED = re.compile(r"^(?:speaker|spk|ch|channel)[ _-]?\d{1,2}$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# Labels naming the service team rather than a role word: "customer" in them is not the caller.
_SERVICE_TEAM = re.compile(
    r"\b(?:customer|client|member|guest)\s+(?:service|services|support|care|success|relations)\b"
    r"|\b(?:help|service|support)\s*desk\b",
    re.IGNORECASE,
)
_LABEL_WORDS = 4


@dataclass(frozen=True, slots=True)
class _Said:
    """One speaker's words, as written in the file."""

    label: str
    text: str


def read_transcript(path: str | Path) -> Iterator[Conversation]:
    """Yield the one conversation of a call transcript file (see the module docstring).

    Raises `FormatError` naming the line of the first problem, before anything is yielded.
    """
    with open_binary(path) as handle:
        raw = handle.read()
    text = decode_document(path, raw)
    if not text.strip():
        raise empty_file_error(path, "a call transcript")
    lines = text.splitlines()
    shape = transcript_shape(path, lines[0])
    said = _cues(path, lines, shape) if shape != "text" else _plain(path, lines)
    if not said:
        raise FormatError(
            path,
            "has no spoken words — a transcript needs lines like “Agent: Hello, how can I "
            "help?”, or WebVTT/SubRip cues with their text.",
        )
    yield _conversation(path, said)


def transcript_shape(path: str | Path, first_line: str) -> str:
    """``vtt``, ``srt`` or ``text``: how the transcript at `path` is laid out."""
    if first_line.lstrip("\ufeff").startswith("WEBVTT"):
        return "vtt"
    suffix = Path(path).suffix.lower()
    if suffix == ".vtt":
        return "vtt"
    if suffix == ".srt" or first_line.strip().isdigit():
        return "srt"
    return "text"


def looks_like_transcript(head: str) -> bool:
    """True when the start of a file reads as a transcript: a WebVTT header, a SubRip
    cue, or a first line of the form ``Speaker: words``."""
    lines = [line for line in head.lstrip("\ufeff").splitlines() if line.strip()][:3]
    if not lines:
        return False
    if lines[0].startswith("WEBVTT"):
        return True
    if len(lines) >= 2 and lines[0].strip().isdigit() and _TIMING.match(lines[1]):
        return True
    labelled = _speaker_label(_PLAIN_TIME.sub("", lines[0], count=1))
    return labelled is not None and bool(labelled[1].strip())


def _cues(path: str | Path, lines: list[str], shape: str) -> list[_Said]:
    """The utterances of a WebVTT or SubRip file, cue by cue."""
    said: list[_Said] = []
    index = 1 if shape == "vtt" else 0  # the WEBVTT header line
    speaker = ""
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if shape == "vtt" and line.startswith(("NOTE", "STYLE", "REGION")):
            index = _block_end(lines, index)  # comments and styling, not speech
            continue
        timing_at = index
        if not _ARROW.search(line):
            timing_at += 1  # a cue identifier (SubRip numbers every cue) comes first
        if timing_at >= len(lines) or not _ARROW.search(lines[timing_at]):
            raise FormatError(
                path,
                f"{_quoted(line)} is not a cue — each cue needs a timing line like "
                "“00:00:01.000 --> 00:00:04.000” followed by its text.",
                line=index + 1,
            )
        if not _TIMING.match(lines[timing_at]):
            raise FormatError(
                path,
                f"{_quoted(lines[timing_at])} is not a cue timing — write it as "
                "“00:00:01.000 --> 00:00:04.000” (hours optional).",
                line=timing_at + 1,
                field="timing",
            )
        end = _block_end(lines, timing_at)
        body = " ".join(part.strip() for part in lines[timing_at + 1 : end])
        label, words = _cue_speaker(body)
        if label:
            speaker = label
        words = _plain_words(words)
        if words:
            if not speaker:
                raise FormatError(
                    path,
                    "this cue has no speaker, and none came before it — start its text "
                    "with the speaker (“Agent: …”) or use a voice tag (<v Agent>…).",
                    line=timing_at + 2,
                )
            said.append(_Said(speaker, words))
        index = end
    return said


def _block_end(lines: list[str], index: int) -> int:
    """The index of the blank line (or the end) that closes the block at `index`."""
    while index < len(lines) and lines[index].strip():
        index += 1
    return index


def _cue_speaker(body: str) -> tuple[str, str]:
    """(speaker label or "", the words) of one cue's text."""
    voice = _VOICE.search(body)
    if voice is not None:
        return voice[1].strip(), body[voice.end() :]
    return _speaker_label(body) or ("", body)


def _plain(path: str | Path, lines: list[str]) -> list[_Said]:
    """The utterances of a plain-text transcript, line by line."""
    said: list[_Said] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        rest = _PLAIN_TIME.sub("", line, count=1)
        labelled = _speaker_label(rest)
        if labelled is not None:
            label, words = labelled
            if words.strip():
                said.append(_Said(label, words.strip()))
            continue
        if not said:
            raise FormatError(
                path,
                f"{_quoted(line)} comes before any speaker — start each utterance with "
                "who says it, as in “Agent: Thanks for calling” or “Customer: Hi”.",
                line=number,
            )
        last = said[-1]
        said[-1] = _Said(last.label, f"{last.text} {rest.strip()}")
    return said


def _speaker_label(text: str) -> tuple[str, str] | None:
    """(speaker label, the words after it) when `text` opens with ``Label:``, else None."""
    match = _LABEL.match(text)
    if match is None or not _is_label(match["label"]):
        return None
    return match["label"].strip(), match["text"]


def _is_label(label: str) -> bool:
    """True for a speaker label: a few words that are a name, a role or a diarisation
    label ("Maria Lopez", "Agent (Maria)", "SPEAKER_01"), not the start of a sentence that
    happens to hold a colon ("So what I did was:"), whose words are not all capitalised."""
    label = label.strip()
    if _DIARISED.match(label):
        return True
    words = _WORD.findall(label)
    return 0 < len(words) <= _LABEL_WORDS and all(
        w[0].isupper() or w.lower() in ROLE_WORDS for w in words
    )


def _plain_words(text: str) -> str:
    """Cue text without its markup (<i>, <b>, timestamps inside cues) and entities."""
    return " ".join(unescape(_TAG.sub("", text)).split())


def _role_and_name(label: str) -> tuple[Role | None, str]:
    """The role a label names (None when it is only a name) and the person's name."""
    if _DIARISED.match(label.strip()):
        return None, ""
    team = _SERVICE_TEAM.search(label)
    if team is not None:  # "Customer Service", "Help Desk (Ana)": the company's side
        rest = (label[: team.start()] + label[team.end() :]).strip(" ()-–:")
        return Role.AGENT, rest
    words = _WORD.findall(label)
    roles = [ROLE_WORDS[w.lower()] for w in words if w.lower() in ROLE_WORDS]
    name_words = [w for w in re.split(r"[\s()\-–:]+", label) if w and w.lower() not in ROLE_WORDS]
    return (roles[0] if roles else None), " ".join(name_words)


def _conversation(path: str | Path, said: list[_Said]) -> Conversation:
    """Merge each speaker's consecutive cues into one turn and decide who is who."""
    labels = list(dict.fromkeys(s.label for s in said))
    read = {label: _role_and_name(label) for label in labels}
    known = {role for role, _ in read.values() if role is not None}
    if Role.AGENT in known:
        unknown = Role.CUSTOMER
    elif Role.CUSTOMER in known:
        unknown = Role.AGENT
    else:
        unknown = Role.CUSTOMER
    speakers: dict[str, Speaker] = {}
    for position, label in enumerate(labels):
        role, name = read[label]
        if role is None:
            role = Role.AGENT if not known and position == 0 else unknown
        speakers[label] = Speaker(role, name)
    turns: list[Turn] = []
    for utterance in said:
        speaker = speakers[utterance.label]
        if turns and turns[-1].speaker == speaker:
            turns[-1] = Turn(speaker, f"{turns[-1].text} {utterance.text}")
        else:
            turns.append(Turn(speaker, utterance.text))
    customer_name = next(
        (s.name for s in speakers.values() if s.role is Role.CUSTOMER and s.name), ""
    )
    return Conversation(
        id=Path(path).stem,
        turns=tuple(turns),
        channel=Channel.PHONE,
        source="transcript",
        customer=Customer(name=customer_name),
    )


def _quoted(line: str, limit: int = 40) -> str:
    line = line.strip()
    return f"“{line if len(line) <= limit else line[: limit - 1] + '…'}”"

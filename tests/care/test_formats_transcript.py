"""Call transcripts (WebVTT, SubRip, plain "Speaker: words") read as phone conversations."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from legendary.care.formats import FormatError, detect_format, read_conversations
from legendary.care.model import Channel, Conversation, Role
from legendary.care.scorecard import Outcome
from legendary.care.scoring import score
from legendary.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def only(path: Path, format: str = "auto") -> Conversation:
    conversations = list(read_conversations(path, format))
    assert len(conversations) == 1
    return conversations[0]


def roles_and_texts(conversation: Conversation) -> list[tuple[Role, str]]:
    return [(turn.role, turn.text) for turn in conversation.turns]


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("call_boiler_repair.vtt", "transcript"),
        ("call_card_blocked.srt", "transcript"),
        ("call_broadband.txt", "transcript"),
    ],
)
def test_each_layout_is_told_from_the_file(name: str, expected: str) -> None:
    assert detect_format(FIXTURES / name) == expected


def test_webvtt_voices_become_agent_and_customer_turns_with_names() -> None:
    call = only(FIXTURES / "call_boiler_repair.vtt")
    assert (call.id, call.channel, call.source) == (
        "call_boiler_repair",
        Channel.PHONE,
        "transcript",
    )
    assert call.customer.name == "Tom Baker"
    assert [turn.role for turn in call.turns] == [
        Role.AGENT,
        Role.CUSTOMER,
        Role.AGENT,
        Role.CUSTOMER,
    ]
    # The agent's two opening cues are one turn, in order, without the voice tags.
    assert call.turns[0].text == (
        "Good morning, you're through to Heatwell, this is Priya. How can I help you today?"
    )
    assert call.turns[0].speaker.name == "Priya"
    assert all(turn.timestamp is None for turn in call.turns)  # offsets, not clock times


def test_a_webvtt_call_is_scored_like_any_conversation() -> None:
    card = score(only(FIXTURES / "call_boiler_repair.vtt"))
    outcomes = {result.behaviour: result.outcome for result in card.behaviours}
    assert outcomes["acknowledges_feelings"] is Outcome.PRESENT
    assert outcomes["makes_commitment"] is Outcome.PRESENT
    assert outcomes["uses_customer_name"] is Outcome.PRESENT
    assert card.agents == ("Priya",)


def test_subrip_cue_without_a_label_carries_on_the_speaker_before_it() -> None:
    call = only(FIXTURES / "call_card_blocked.srt")
    assert roles_and_texts(call) == [
        (Role.AGENT, "Thanks for calling Larkfield Bank, Sam speaking."),
        (
            Role.CUSTOMER,
            "Hello, my card was declined at the pharmacy this morning and nobody told me why.",
        ),
        (
            Role.AGENT,
            "I'm sorry, that's embarrassing at a till. What happened exactly when you paid?",
        ),
    ]
    assert call.customer.name == ""  # "Caller" is a role, not a name


def test_plain_text_with_diarisation_labels_makes_the_first_speaker_the_agent() -> None:
    call = only(FIXTURES / "call_broadband.txt")
    assert [turn.role for turn in call.turns] == [Role.AGENT, Role.CUSTOMER, Role.AGENT]
    # The times go, a line without a speaker joins the utterance above it, and the
    # agent's two lines in a row are one turn; "SPEAKER_1" is not kept as a name.
    assert call.turns[1].text == (
        "Hi Jo, it's Ana. My internet has dropped every evening this week "
        "and I work from home, so it's a real problem."
    )
    assert call.turns[2].text.endswith("Let me run a line test while we talk.")
    assert {turn.speaker.name for turn in call.turns} == {""}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            "Customer: Hi, I'd like to return a jacket that doesn't fit.\n"
            "Marcus Lee: Of course, happy to help with that. Do you have the order number?\n",
            [(Role.CUSTOMER, ""), (Role.AGENT, "Marcus Lee")],
            id="a labelled customer makes an unlabelled name the agent",
        ),
        pytest.param(
            "IVR: Please hold while we connect you.\n"
            "Maria (Agent): Hello, Maria here, sorry for the wait.\n"
            "Dev (Customer): No problem, it's about my gas bill.\n",
            [(Role.BOT, ""), (Role.AGENT, "Maria"), (Role.CUSTOMER, "Dev")],
            id="a role in brackets and an IVR",
        ),
        pytest.param(
            "Customer Service (Ana): Thanks for calling, Ana speaking.\n"
            "Caller: Hi Ana, my meter reading looks wrong.\n",
            [(Role.AGENT, "Ana"), (Role.CUSTOMER, "")],
            id="the customer service team is the agent, not the caller",
        ),
    ],
)
def test_speaker_labels_decide_roles_and_names(
    tmp_path: Path, lines: str, expected: list[tuple[Role, str]]
) -> None:
    call = only(write(tmp_path, "call.txt", lines))
    assert [(t.role, t.speaker.name) for t in call.turns] == expected
    customers = [name for role, name in expected if role is Role.CUSTOMER]
    assert call.customer.name == customers[0]


def test_a_sentence_with_a_colon_is_not_taken_for_a_new_speaker(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "colon.txt",
        "Agent: Here is what I have done for you\n"
        "so here is the plan: a new router by Friday.\n"
        "Customer: Great, thanks.\n",
    )
    call = only(path)
    assert roles_and_texts(call) == [
        (
            Role.AGENT,
            "Here is what I have done for you so here is the plan: a new router by Friday.",
        ),
        (Role.CUSTOMER, "Great, thanks."),
    ]


def test_webvtt_notes_markup_and_entities_are_not_speech(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "markup.vtt",
        "WEBVTT\n\nNOTE\nsecond line of a note: not speech\n\n"
        "00:01.000 --> 00:03.000 align:start\n"
        "Agent: I've emailed you the <i>returns label</i> &amp; the <00:00:02.500>receipt.\n",
    )
    call = only(path)
    assert roles_and_texts(call) == [
        (Role.AGENT, "I've emailed you the returns label & the receipt.")
    ]


@pytest.mark.parametrize(
    ("name", "text", "line", "words"),
    [
        ("empty.vtt", "WEBVTT\n\n", None, "has no spoken words"),
        ("blank.txt", "  \n\n", None, "is empty"),
        (
            "unlabelled.vtt",
            "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there.\n",
            4,
            "this cue has no speaker",
        ),
        (
            "not_a_cue.srt",
            "1\n00:00:01,000 --> 00:00:02,000\nAgent: Hi.\n\nAgent said hello\n",
            5,
            "is not a cue",
        ),
    ],
)
def test_bad_transcripts_name_the_line_and_the_fix(
    tmp_path: Path, name: str, text: str, line: int | None, words: str
) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(FormatError) as caught:
        list(read_conversations(path, "transcript"))
    assert caught.value.line == line
    assert words in str(caught.value)


def test_legendary_score_reads_a_call_and_says_one_conversation(tmp_path: Path) -> None:
    out = tmp_path / "call.csv"
    result = CliRunner().invoke(
        main, ["score", str(FIXTURES / "call_card_blocked.srt"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Scored 1 conversation in" in result.output
    header, row = out.read_text(encoding="utf-8").splitlines()
    assert row.startswith("call_card_blocked,")
    assert "apologises" in header

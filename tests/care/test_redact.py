"""Personal data out, everything a coach needs left in: named service sentences."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legendary.care.model import Channel, Conversation, Customer, Role, Speaker, Turn
from legendary.care.redact import luhn_valid, redact, redact_conversation

REDACTED = {
    # e-mail addresses
    "customer_gives_plain_email": (
        "You can reach me at maria.lopez@example.com any time.",
        "You can reach me at [EMAIL] any time.",
    ),
    "email_with_plus_tag_and_subdomain": (
        "Send the label to j.smith+returns@mail.example.co.uk please",
        "Send the label to [EMAIL] please",
    ),
    "email_at_end_of_sentence": (
        "My login is sam_o@example.org.",
        "My login is [EMAIL].",
    ),
    # cards
    "visa_in_groups_of_four": (
        "I paid with 4111 1111 1111 1111 and it was declined.",
        "I paid with [CARD] and it was declined.",
    ),
    "mastercard_with_dashes": (
        "card number 5555-5555-5555-4444, expiry 09/27",
        "card number [CARD], expiry 09/27",
    ),
    "card_without_spaces": ("it's 4012888888881881", "it's [CARD]"),
    "amex_in_4_6_5_groups": (
        "Amex 3782 822463 10005 was charged twice",
        "Amex [CARD] was charged twice",
    ),
    "card_after_a_quantity": (
        "I bought 2 4111 1111 1111 1111 was the card",
        "I bought 2 [CARD] was the card",
    ),
    # phones
    "uk_number_in_international_format": (
        "Call me on +44 20 7946 0958 after five.",
        "Call me on [PHONE] after five.",
    ),
    "international_with_00_prefix": ("ring 0044 20 7946 0958", "ring [PHONE]"),
    "us_number_with_brackets": (
        "My number is (555) 123-4567.",
        "My number is [PHONE].",
    ),
    "us_number_with_dots": ("try 555.123.4567 tomorrow", "try [PHONE] tomorrow"),
    "us_number_with_country_code_and_brackets": (
        "+1 (555) 123-4567 is my cell",
        "[PHONE] is my cell",
    ),
    "toll_free_number": ("Call 1-800-555-0199 for help", "Call [PHONE] for help"),
    "uk_mobile_national": (
        "text me on 07700 900123 when the engineer is coming",
        "text me on [PHONE] when the engineer is coming",
    ),
    "uk_landline_national": ("office: 020 7946 0958", "office: [PHONE]"),
    "french_number_in_pairs": (
        "Mon numéro : 01 23 45 67 89, merci",
        "Mon numéro : [PHONE], merci",
    ),
    "uk_number_with_optional_trunk_zero": (
        "+44 (0)20 7946 0958 is the office",
        "[PHONE] is the office",
    ),
    "uk_mobile_without_spaces": ("my mobile 07700900123", "my mobile [PHONE]"),
    "german_landline": ("Berlin: +49 30 901820", "Berlin: [PHONE]"),
    "card_quoted_as_a_reference_is_still_a_card": (
        "ticket #4111111111111111",
        "ticket #[CARD]",
    ),
    "bare_digits_after_give_me_a_call": (
        "Happy to talk it through, give me a call 9148445695",
        "Happy to talk it through, give me a call [PHONE]",
    ),
    "number_after_an_ellipsis": (
        "Still on hold after forty minutes...919-675-0985",
        "Still on hold after forty minutes...[PHONE]",
    ),
    "bare_toll_free_number": (
        "Book a slot on 18005550123 or online",
        "Book a slot on [PHONE] or online",
    ),
    "bare_digits_after_the_word_phone": (
        "my phone is 5551234567 if you need it",
        "my phone is [PHONE] if you need it",
    ),
    "several_kinds_in_one_message": (
        "Email ana@example.net or call +33 1 23 45 67 89; card 4111111111111111",
        "Email [EMAIL] or call [PHONE]; card [CARD]",
    ),
}

UNCHANGED = {
    "order_number_with_hash": "Any news on order #12345?",
    "sixteen_digit_order_number_failing_luhn": "Order number 1234 5678 9012 3456 has not arrived.",
    "sixteen_digits_no_spaces_failing_luhn": "tracking 1234567890123456",
    "phone_shaped_order_reference": "order #555-123-4567 was cancelled",
    "invoice_number_after_word": "invoice 5551234567 is overdue",
    "zero_padded_tracking_number": "tracking 00012345678 says delivered",
    "iso_date_and_time": "The engineer came on 2024-03-15 at 10:30.",
    "european_and_us_dates": "Booked for 15.03.2024, or 03/15/2024 in US format.",
    "prices": "It was $1,234.56 instead of £12.50, or € 1 234,56 in the EU.",
    "us_zip_code": "Beverly Hills 90210 is my zip.",
    "short_reference_code": "Your reference is AB-4821.",
    "account_number": "account 12345678 is in my name",
    "year_range": "We have been customers from 2015-2024.",
    "plain_thanks": "Thank you so much, you have been brilliant!",
    "percent_and_version": "Version 4.2.0 is 30% faster.",
    "isbn": "The manual is ISBN 978-3-16-148410-0.",
    "ip_address": "Your router is at 192.168.0.1.",
    "software_version": "Please update to version 10.0.19045.3693.",
    "opening_hours": "We are open between 9-5 Mon-Fri.",
    "bank_sort_code_and_short_account": "sort code 20-00-00 account 55779911",
    "expiry_and_cvv_words": "It says 12/2025 expiry.",
    "baggage_tag_numbers": "My tag numbers are 0016 964012 and 0016 964077.",
    "incident_reference_after_hash": "Incident #150219-000114 is still open.",
    "reference_with_dash": "Our case is Ref#1-2990176298 from March.",
    "order_number_after_your_number_words": "my order number is 5551234567",
    "already_redacted": "I sent it to [EMAIL] and you can call [PHONE].",
    # Numbers before words that only look like a street: a count, a route, a reference.
    "hours_down_the_road": "The van sat 2 hours down the road from us.",
    "more_streets": "The driver still had 3 more streets to do.",
    "order_then_street_word": "Order 12 Blue Way arrived, thanks.",
    "hotel_room": "We were in room 12 at the Park Lane hotel.",
    "console_storage_size": "Is the PS5 1TB edition back in stock?",
    "date_then_month": "I paid on 3 May and again on 5 June.",
}

ADDRESSES = {
    "uk_house_street_and_postcode": (
        "Please send it to 14 Willow Crescent, Leeds LS6 2AB.",
        "Please send it to [ADDRESS], Leeds [POSTCODE].",
    ),
    "typed_in_lower_case": (
        "my address is 221b baker street london",
        "my address is [ADDRESS] london",
    ),
    "flat_and_postcode_without_space": (
        "Flat 3, 12 Hill Street, SW1A1AA",
        "Flat 3, [ADDRESS], [POSTCODE]",
    ),
    "uk_postcode_alone": ("Deliver to SW1A 1AA please.", "Deliver to [POSTCODE] please."),
    "us_street_and_zip_after_state": (
        "Ship to 1600 Pennsylvania Ave, Washington, DC 20500-0003.",
        "Ship to [ADDRESS], Washington, DC [POSTCODE].",
    ),
    "phone_and_address_in_one_turn": (
        "Call me on 07700 900123, I'm at 5 Oak Road.",
        "Call me on [PHONE], I'm at [ADDRESS].",
    ),
}


@pytest.mark.parametrize(("text", "expected"), REDACTED.values(), ids=REDACTED.keys())
def test_it_redacts_personal_data(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(("text", "expected"), ADDRESSES.values(), ids=ADDRESSES.keys())
def test_it_redacts_street_addresses_and_postcodes(text: str, expected: str) -> None:
    assert redact(text) == expected
    assert redact(expected) == expected  # twice changes nothing more


@pytest.mark.parametrize("text", UNCHANGED.values(), ids=UNCHANGED.keys())
def test_it_leaves_service_details_alone(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", [text for text, _ in REDACTED.values()])
def test_redacting_twice_changes_nothing_more(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4111111111111111", True),
        ("5555555555554444", True),
        ("378282246310005", True),
        ("4111111111111112", False),
        ("1234567890123456", False),
    ],
)
def test_luhn_checksum(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid


def test_luhn_valid_number_starting_with_a_zero_is_not_a_card() -> None:
    # 0000 0000 0000 0000 passes Luhn; no card network issues numbers starting with 0
    assert redact("ref 0000 0000 0000 0000") == "ref 0000 0000 0000 0000"


def test_redact_conversation_cleans_turns_subject_and_email_fields() -> None:
    when = datetime(2025, 3, 14, 9, 0, tzinfo=UTC)
    conversation = Conversation(
        id="c-1",
        turns=(
            Turn(Speaker(Role.CUSTOMER, "Maria", "maria@example.com"), "I'm on 07700 900123", when),
            Turn(Speaker(Role.AGENT, "Leon"), "Thanks Maria, I'll call you back today."),
        ),
        channel=Channel.EMAIL,
        source="zendesk",
        customer=Customer(id="u-9", name="Maria", email="maria@example.com"),
        subject="Refund to maria@example.com",
        status="open",
        tags=("refund",),
    )
    clean = redact_conversation(conversation)
    assert [t.text for t in clean.turns] == [
        "I'm on [PHONE]",
        "Thanks Maria, I'll call you back today.",
    ]
    assert clean.turns[0].speaker == Speaker(Role.CUSTOMER, "Maria", "[EMAIL]")
    assert clean.turns[0].timestamp == when
    assert clean.turns[1].speaker.email == ""  # no address: nothing to replace
    assert clean.customer == Customer(id="u-9", name="Maria", email="[EMAIL]")
    assert clean.subject == "Refund to [EMAIL]"
    assert (clean.id, clean.channel, clean.source, clean.status, clean.tags) == (
        "c-1",
        Channel.EMAIL,
        "zendesk",
        "open",
        ("refund",),
    )
    assert conversation.turns[0].text == "I'm on 07700 900123"  # the original is untouched


def with_luhn_digit(prefix: str) -> str:
    """`prefix` plus the check digit that makes it pass Luhn."""
    return next(prefix + d for d in "0123456789" if luhn_valid(prefix + d))


@settings(max_examples=300, deadline=None)
@given(
    body=st.text(max_size=80),
    first=st.sampled_from("23456"),
    rest=st.text(alphabet="0123456789", min_size=11, max_size=17),
    separator=st.sampled_from(["", " ", "-"]),
    before=st.sampled_from(["card ", "it is ", "", "(", "my Visa: "]),
)
def test_no_valid_card_number_survives_in_any_sentence(
    body: str, first: str, rest: str, separator: str, before: str
) -> None:
    card = with_luhn_digit(first + rest)
    written = separator.join(card[i : i + 4] for i in range(0, len(card), 4))
    result = redact(f"{body} {before}{written} thanks")
    assert card not in result.replace(" ", "").replace("-", "")
    assert "[CARD]" in result


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200))
def test_redaction_of_any_text_is_stable(text: str) -> None:
    once = redact(text)
    assert redact(once) == once

"""Customer sentiment on messages written for this check alone: in no corpus, in no fitting.

Sixty customer messages across telecoms, banking, retail, travel, software and hotels,
twenty of each class, kept out of `lexicons/sentiment_corpus.jsonl` on purpose: a change
to the rules or the corpus that only fits the corpus shows here as a drop.
"""

from __future__ import annotations

from legendary.care import train_sentiment
from legendary.care.sentiment import Label, classify

FRESH: list[tuple[Label, str]] = [
    (
        "negative",
        "My broadband has dropped out every evening this week and the engineer never turned up.",
    ),
    ("negative", "Third call today and I still can't get anyone to reset my password."),
    ("negative", "You charged my card twice for the same order and nobody answers the chat."),
    ("negative", "The sofa arrived with a torn cushion and the courier just left it in the rain."),
    (
        "negative",
        "Honestly the worst hotel stay I've had, the room smelled of damp and the heating "
        "was broken.",
    ),
    ("negative", "I've been waiting 45 minutes on hold to report a stolen card. Is anyone there?"),
    (
        "negative",
        "The app logged me out mid-transfer and now the money has vanished from my account.",
    ),
    ("negative", "Thanks for cancelling my train with no warning, really appreciate it."),
    ("negative", "Why does every update make the software slower? I'm about to switch providers."),
    ("negative", "My parcel was marked delivered but it is nowhere to be found, again."),
    ("negative", "The replacement phone is faulty as well. This is ridiculous."),
    ("negative", "We booked a sea view and got a room facing the bins."),
    ("negative", "I was promised a callback on Monday and it's now Thursday."),
    ("negative", "Your new pricing doubled my bill without a single email to tell me."),
    ("negative", "The support agent hung up on me when I asked for a manager."),
    ("negative", "Been trying to cancel my subscription for a month, you keep taking the money."),
    ("negative", "Flight delayed four hours, no food vouchers, no updates, nothing."),
    ("negative", "The checkout page keeps throwing an error and my basket empties every time."),
    ("negative", "Absolutely fed up with this bank, I'm closing my account."),
    ("negative", "The shower was cold every morning and reception just shrugged."),
    ("neutral", "Hi, could you tell me when my contract ends?"),
    ("neutral", "What time does the pool open on Sundays?"),
    ("neutral", "My order number is 88213, I placed it yesterday afternoon."),
    ("neutral", "Do you deliver to the Channel Islands?"),
    ("neutral", "I'd like to change the email address on my account please."),
    ("neutral", "Is there a charge for adding a second user to the plan?"),
    ("neutral", "The router light is orange, not green. What does that mean?"),
    ("neutral", "I'm moving house next month and need to transfer my broadband."),
    ("neutral", "Can I pay the invoice by bank transfer instead of card?"),
    (
        "neutral",
        "The room was fine, breakfast was average and the location was okay. Nothing special.",
    ),
    ("neutral", "I have sent the photos of the receipt by email just now."),
    ("neutral", "Which terminal does the 7am flight to Madrid leave from?"),
    ("neutral", "How long does a refund usually take to reach my card?"),
    ("neutral", "Please send me a copy of last month's statement."),
    ("neutral", "I'll try clearing the cache and get back to you."),
    ("neutral", "Good location but the rooms are small and a bit dated. Fine for one night."),
    ("neutral", "Is the blue jacket available in a medium?"),
    ("neutral", "It does the job. Not the fastest laptop, but not bad for the money."),
    ("neutral", "What documents do I need to open a joint account?"),
    ("neutral", "My son will pick up the parcel, he has the reference."),
    ("positive", "Thank you so much, the engineer fixed it in ten minutes!"),
    ("positive", "Brilliant service, the refund was in my account the next day."),
    ("positive", "Loved our stay, the staff remembered our names and the breakfast was superb."),
    ("positive", "Really impressed with how quickly you sorted out my billing mix-up."),
    ("positive", "The new app update is fantastic, transfers are so much easier now."),
    ("positive", "Just wanted to say Priya in the chat was incredibly helpful, thank you."),
    ("positive", "Parcel arrived a day early and beautifully packed. Will order again."),
    ("positive", "Great flight, friendly crew and we landed ahead of schedule."),
    ("positive", "Thanks, that worked perfectly!"),
    ("positive", "Best customer service I've had from a phone company, honestly."),
    (
        "positive",
        "The room upgrade was a lovely surprise, thank you for making our anniversary special.",
    ),
    ("positive", "All sorted now, thanks for your patience with me."),
    ("positive", "Highly recommend this shop, the advice was spot on."),
    ("positive", "Wow, that was quick. Problem solved, thank you!"),
    ("positive", "The technician was polite, tidy and explained everything clearly."),
    ("positive", "Fantastic value for money and the delivery driver was lovely."),
    ("positive", "I was dreading the call but your team made it painless. Thanks!"),
    ("positive", "Superb hotel, spotless rooms and the spa was a treat."),
    ("positive", "Cheers for the quick reply, that's exactly what I needed."),
    ("positive", "Your bank's new savings account is great, opened it in five minutes."),
]
# Measured at 57 of 60 when the check was written (52 before the lukewarm, margin and
# idiom work); a little room for a borderline message to flip with a refit.
MIN_CORRECT = 55


def test_the_fresh_messages_are_not_in_the_corpus() -> None:
    corpus = {turn.text for turn in train_sentiment.read_corpus(train_sentiment.corpus_path())}
    assert not corpus.intersection(text for _label, text in FRESH)
    assert {label for label, _text in FRESH} == {"negative", "neutral", "positive"}


def test_sentiment_holds_up_on_messages_it_was_never_fitted_on() -> None:
    wrong = [(label, classify(text), text) for label, text in FRESH if classify(text) != label]
    assert len(FRESH) - len(wrong) >= MIN_CORRECT, wrong

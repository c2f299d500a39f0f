"""Customer sentiment on blind blocks of the sixth round (23 November 2026, fourth
session), in the styles of sources other than the development split: app-store and
e-commerce reviews, restaurant and delivery reviews, bank, telecom and utility chats and
e-mails, support-forum posts, survey comments and tweets to brands other than airlines.
Each block holds 20 lines of each class; every label was decided and written into this
file before the engine read a line, and each block was written only after the changes
the previous one led to.

The lever of this round is the learned layer, not more rules: the corpus grew from
1,706 to 2,518 turns of our own (812 new: praise told as a plain fact, often in words a
complaint also uses, "waited while I", "came down by", "never had to chase"; detail and
questions closed with a thanks; rhetorical questions that complain; forum posts and
survey comments), the layer weighs pairs of adjacent words as well as single words, a
long text's clauses are read by the whole model (words included) instead of the rules'
signals alone, and praise needs a margin of 0.4 instead of 0.75 (commit 35a7e83).

First reads, against the rules this round started from (commit fafb1cf, dev macro-F1
0.7655), macro-F1 in brackets:

- `A`, on fafb1cf itself: 43 of 60 (0.689); 14 of its 17 errors were praise told as a
  plain fact, 7 of them read as complaints because a word in them names a harm ("waited
  while I came down", "refunded even though one item was damaged", "never had to chase a
  payment", "not a single dropped call"). After the corpus, pairs and margin: 46.

- `B`, after commit 35a7e83 (the above): 43 of 60 (0.667); the start rules 40 (0.581).
  Again praise told as a plain fact, 11 of its 17 errors read as complaints, most of
  them stories of a problem put right ("our bin was missed, I reported it and it was
  emptied by lunch", "my son lost his retainer and the clinic made a new one"). The next
  commit: a remedy done ("fixed", "reversed", "swapped") closes the story told in the 15
  words before it, and 95 more corpus lines of the kind (and of complaints after a
  remedy, and of questions about fees). 43 after it: the rule put some right and a refit
  moved others.

- `C`, after commit f7b3583: 44 of 60 (0.722); the start rules 39 (0.609). Its praise
  errors were care told as a story ("the nurse on the helpline stayed on the phone until
  the ambulance arrived", "showed my dad how to use the new thermostat") and praise read
  as a question ("they called to let me know my prescription was ready"). The next
  commit added 80 corpus lines of those kinds (and of complaints told as plain facts, and
  of questions with "let me know" and "best way"): 49 after it. Of the ways tried and
  dropped: the praise margin held against "neutral" only (never turning praise into a
  complaint) read A-C 49/45/46 but the earlier blocks five lines worse and dev 0.7605.

- `D`, after commit 5e44c66 (the round's last change), read once and not mended: 42 of
  60 (0.673); the start rules 38 (0.533). Its errors are the round's: praise told as a
  plain fact, read as a complaint for a harm word in it ("the sat nav sent him to the
  wrong road", "I've never been cold", "paying for the same insurance twice and
  cancelled one"), and two complaints read as praise ("has never had to read one").

Over the three blocks first read after a change of this round's (B, C, D: 180 lines)
the engine got 129 right and the start rules 117; on `A`, written before any change,
both read 43.

Over every earlier block (fresh1 to fresh5 and the held-out set, 1,490 lines, none of
them in the corpus) the engine now reads 1,383 right against the start rules' 1,353;
three blocks lost a line or two (held-out 149 -> 148, fourth round's first 59 -> 57
and second 56 -> 55) and fifteen gained. Dev macro-F1 0.7623 (tweets 0.748, TripAdvisor
0.692) against 0.7655 at the start (0.752, 0.698). After scoring, two lines proved to be
word for word in earlier checks and were replaced by new ones that both engines read
alike (in `A` a question about when a kitchen closes, in `B` a complaint about marketing
e-mails).

Floors sit three under the final counts (A 49, B 44, C 49, D 42).
"""

from __future__ import annotations

import pytest

from legendary.care import train_sentiment
from legendary.care.sentiment import Label, classify, features
from legendary.care.sentiment_rules import lukewarm, turn_words

from .test_sentiment_fresh import FRESH
from .test_sentiment_fresh4 import BLOCKS as FRESH4_BLOCKS
from .test_sentiment_fresh5 import BLOCKS as FRESH5_BLOCKS
from .test_sentiment_fresh5 import check_block
from .test_sentiment_heldout import HELDOUT

# Each block: its floor (lines read right) and its lines.
BLOCKS: dict[str, tuple[int, list[tuple[Label, str]]]] = {
    "A": (
        46,
        [
            ("negative", "App crashes every time I try to upload a receipt. Reinstalled twice."),
            (
                "negative",
                "Been charged £4.99 for a subscription I cancelled in March. Still showing on "
                "my statement.",
            ),
            (
                "negative",
                "The chips were cold and the burger was missing the cheese we paid extra for.",
            ),
            ("negative", "@QuickCart my order says 'out for delivery' since Tuesday. It's Friday."),
            (
                "negative",
                "I have now spent over two hours across three calls trying to get my meter "
                "reading corrected.",
            ),
            (
                "negative",
                "Hi, I was told someone would call me back within 48 hours. That was last week.",
            ),
            ("negative", "1 star. Update wiped all my saved playlists."),
            ("negative", "Rider left the food at the wrong building and marked it delivered."),
            ("negative", "Thanks for the reply but it doesn't answer my question at all."),
            (
                "negative",
                "Has anyone else had the firmware update brick their router? Mine's been a "
                "paperweight since Sunday.",
            ),
            (
                "negative",
                "Too long on hold, and the person I spoke to didn't seem to know the product.",
            ),
            (
                "negative",
                "The sofa arrived with a torn cushion and the delivery men left before I could "
                "check it.",
            ),
            (
                "negative",
                "@MetroPower power's been off on our street for 9 hours and your map still says "
                "no outages reported",
            ),
            (
                "negative",
                "Waiter forgot our starters, then brought the bill before we'd had dessert.",
            ),
            (
                "negative",
                "Your new layout hides the transfer button three menus deep. Please bring the "
                "old one back.",
            ),
            ("negative", "Second replacement in a month and this one doesn't charge either."),
            (
                "negative",
                "I'd like to make a formal complaint about the way my account closure has been "
                "handled.",
            ),
            (
                "negative",
                "Great, another 'we're experiencing high call volumes' message. Very helpful.",
            ),
            (
                "negative",
                "Not once have I received the bill on time since switching to paperless.",
            ),
            ("negative", "ok. still nothing."),
            (
                "neutral",
                "Hi, can I change the delivery address on an order that's already shipped?",
            ),
            ("neutral", "Is the car park free for diners after six?"),
            ("neutral", "My account number is 55120987, the bill is for the flat on Hill Road."),
            (
                "neutral",
                "Does the annual plan include the family sharing feature or is that extra?",
            ),
            (
                "neutral",
                "@StreamBox is there a way to download episodes to an SD card on Android?",
            ),
            ("neutral", "No comments."),
            ("neutral", "I'd like to switch my direct debit date from the 1st to the 15th please."),
            ("neutral", "Is the gluten-free base cooked in the same oven as the others?"),
            ("neutral", "Just checking my parcel reference: QX-44821."),
            ("neutral", "ok"),
            ("neutral", "Will the price go up when the promotional period ends?"),
            (
                "neutral",
                "Which firmware version are people running on the X200? I'm on 3.1.4.",
            ),
            ("neutral", "Could you send me a copy of my last three statements by post?"),
            (
                "neutral",
                "Three stars. Food was fine, service a bit slow, prices about what you'd expect.",
            ),
            (
                "neutral",
                "Does it work with the older model of the charger or do I need the new one?",
            ),
            ("neutral", "I've attached a photo of the serial number as requested."),
            (
                "neutral",
                "Moving house on the 3rd, what do I need to do to transfer the broadband?",
            ),
            ("neutral", "It's okay. Does what it says, nothing more."),
            ("neutral", "Can I pay the outstanding balance in two instalments?"),
            ("neutral", "Someone from your team called me earlier, was that about the claim?"),
            ("positive", "Ordered at 9pm, it was on my doorstep by 8 the next morning."),
            ("positive", "Five stars. The app does exactly what I need and nothing I don't."),
            (
                "positive",
                "The driver rang ahead and waited while I came down from the fourth floor.",
            ),
            (
                "positive",
                "@MetroPower engineer turned up within the hour and had us back on before tea. "
                "Legends.",
            ),
            ("positive", "Priya sorted it in one call, didn't have to repeat myself once."),
            (
                "positive",
                "Pasta was made fresh in front of us and the portion easily fed two.",
            ),
            (
                "positive",
                "Switched banks last month and the whole move took one form. Wish I'd done it "
                "years ago.",
            ),
            ("positive", "perfect, thanks"),
            ("positive", "They refunded the whole order even though only one item was damaged."),
            (
                "positive",
                "For anyone wondering, support replaced my headset under warranty with no "
                "questions asked.",
            ),
            (
                "positive",
                "My mum is 79 and she managed to book her own appointment on the app.",
            ),
            ("positive", "Bill came down by £30 a month after the review call."),
            (
                "positive",
                "The kids' menu came with crayons and the staff brought the food for the little "
                "one first.",
            ),
            ("positive", "Not a single dropped call since you fixed the mast."),
            ("positive", "Can't fault it. Arrived early, well packed, and fits perfectly."),
            (
                "positive",
                "Honestly didn't expect to get a human on the phone in under two minutes, but I "
                "did.",
            ),
            ("positive", "Third year with them and I've never had to chase a payment."),
            (
                "positive",
                "Replying to say the new card arrived and works fine. Appreciate the quick "
                "turnaround.",
            ),
            (
                "positive",
                "Left my phone in the taxi and the driver dropped it back to the hotel that "
                "evening.",
            ),
            ("positive", "Battery still lasts two days after a year of heavy use."),
        ],
    ),
    "B": (
        41,
        [
            ("negative", "Three weeks since I returned the boots and the money still isn't back."),
            (
                "negative",
                "@ByteTel switched to you for 'faster speeds'. Slower than my old provider at "
                "every hour of the day.",
            ),
            ("negative", "The soup was lukewarm and the bread roll was stale."),
            ("negative", "I was passed between departments and no one took ownership."),
            (
                "negative",
                "Asked for a callback and got an automated text with a link to the FAQ instead.",
            ),
            ("negative", "The courier photo shows my parcel at someone else's door."),
            ("negative", "Gave it two weeks. The alarm doesn't go off half the time."),
            (
                "negative",
                "Does anyone know how to reach a human? The chatbot keeps sending me back to "
                "the FAQ.",
            ),
            ("negative", "You've taken the payment twice and now my rent has bounced."),
            ("negative", "Appreciate the apology, but I still don't have a working phone."),
            ("negative", "Every room we were offered had something broken in it."),
            ("negative", "The app estimated 25 minutes. We ate at 10pm."),
            (
                "negative",
                "Not what I ordered, not what I paid for, and not what the photo showed.",
            ),
            (
                "negative",
                "I'm disappointed that nobody mentioned the cancellation fee when I signed up.",
            ),
            (
                "negative",
                "Ordered gluten free and it came on a normal base. My daughter was ill all night.",
            ),
            ("negative", "Why has my tariff gone up when I'm on a fixed deal?"),
            ("negative", "Used to love this place. Tonight the food was an afterthought."),
            (
                "negative",
                "Had the engineer out, paid the callout fee, and the same light is flashing an "
                "hour later.",
            ),
            ("negative", "well that's another Saturday gone waiting for a delivery"),
            (
                "negative",
                "I opened the account in person, provided every document they asked for, and "
                "was told it would be active within five working days. That was a month ago. "
                "Since then I have phoned six times, been promised a call back four times, and "
                "received one letter asking for the same documents again.",
            ),
            ("neutral", "Do you have a branch that's open on Saturdays near Croydon?"),
            ("neutral", "I'd like to report a streetlight that's out on Elm Grove."),
            ("neutral", "What's the APR on the personal loan over three years?"),
            ("neutral", "I contacted you about changing my tariff."),
            ("neutral", "Is the app available on tablets?"),
            ("neutral", "My usual order, but could you make it a large this time?"),
            ("neutral", "@ByteTel what's the upload speed on the 500 package?"),
            (
                "neutral",
                "Does the 4-pack of cameras come with a hub or is it sold separately?",
            ),
            (
                "neutral",
                "Received your letter about the rate change. Could you tell me when it takes "
                "effect?",
            ),
            ("neutral", "Booking for two at 7:30 under the name Patel."),
            ("neutral", "Hi, I've just moved in and want to set up an account for the flat."),
            (
                "neutral",
                "The parcel is for my neighbour at number 14, can the driver leave it with me?",
            ),
            ("neutral", "Can I add a note for the driver?"),
            (
                "neutral",
                "Bought for the office. Seems fine so far, will see how it holds up.",
            ),
            ("neutral", "Good burgers, loud music, slow bar. An average night out."),
            ("neutral", "Is there a charge for a replacement card?"),
            ("neutral", "Which payment methods do you accept on delivery?"),
            ("neutral", "I'll be out between 2 and 4, can you come before or after?"),
            ("neutral", "How many loyalty points do I need for a free coffee?"),
            (
                "neutral",
                "I am writing to ask about transferring my pension into your scheme. I "
                "currently hold two small pots with other providers, one from a previous "
                "employer and one personal plan. Could you let me know what information you "
                "would need from me, whether there are any fees, and roughly how long a "
                "transfer takes?",
            ),
            (
                "positive",
                "The bike arrived fully built, the brakes set up and a bell I didn't order.",
            ),
            ("positive", "Went in for new glasses, came out twenty minutes later wearing them."),
            (
                "positive",
                "The advisor rang me back on my mobile because I said I'd be out.",
            ),
            (
                "positive",
                "@ByteTel moved house on Friday, broadband was live when we walked in.",
            ),
            ("positive", "Our bin was missed, I reported it at 9 and it was emptied by lunch."),
            (
                "positive",
                "The waiter heard it was our anniversary and the dessert came with a candle.",
            ),
            (
                "positive",
                "Took my laptop in with a dead screen, they fixed it under warranty even though "
                "it was three weeks out.",
            ),
            (
                "positive",
                "The bank called to check a payment and it really was fraud. Money back the "
                "same day.",
            ),
            (
                "positive",
                "I can finally see what I'm spending each month, and I've saved £200 since "
                "January.",
            ),
            (
                "positive",
                "Ordered the wrong size twice and they still swapped them both for free.",
            ),
            ("positive", "Two years without a single late delivery."),
            ("positive", "Smaller than the chain places and twice as good."),
            (
                "positive",
                "They fitted us in the same day when our boiler died in January.",
            ),
            (
                "positive",
                "My son lost his retainer and the clinic made a new one before the weekend.",
            ),
            (
                "positive",
                "the food came hot, the driver was polite, and there was extra naan in the bag",
            ),
            (
                "positive",
                "Didn't have to take a day off work, the engineer came at 7:30.",
            ),
            (
                "positive",
                "The chat bot actually understood my question and sorted the refund itself.",
            ),
            (
                "positive",
                "Still my go-to for birthday presents, it's never let me down.",
            ),
            (
                "positive",
                "Was charged twice but it was reversed before I'd finished typing the complaint.",
            ),
            (
                "positive",
                "We were nervous about our first holiday with the baby. The apartment had a cot "
                "made up, a high chair in the kitchen and a bag of nappies in the bathroom, and "
                "the owner left her number in case we needed a pharmacy at night. We didn't "
                "want to come home.",
            ),
        ],
    ),
    "C": (
        46,
        [
            ("negative", "Twelve days for a 'next working day' delivery."),
            ("negative", "The lasagne was still frozen in the middle."),
            (
                "negative",
                "I've been trying to add a payee for a week; the confirmation text never comes.",
            ),
            ("negative", "@VoltMobile three bars of signal and still can't make a call indoors"),
            ("negative", "The hotel charged us for the minibar we never opened."),
            ("negative", "Your chatbot ended the conversation while I was typing."),
            ("negative", "Cushion covers faded after one wash. Shame, they looked lovely."),
            ("negative", "I asked for the manager and was told she was 'busy'."),
            (
                "negative",
                "The pharmacy sent half my prescription and said the rest is on order, again.",
            ),
            ("negative", "Got a letter threatening debt collectors over a bill I paid in full."),
            ("negative", "Honestly, I'm fed up of chasing you for the same thing every month."),
            ("negative", "The kids' meals came out after we'd finished ours."),
            (
                "negative",
                "Brilliant, the 'quick fix' took the whole afternoon and the wifi's still down.",
            ),
            ("negative", "Not impressed with how the complaint was handled."),
            ("negative", "Booked a double, got two singles pushed together."),
            ("negative", "The screen has a dead pixel right in the middle."),
            ("negative", "Four weeks and the insurance claim hasn't even been assigned to anyone."),
            ("negative", "Each time I ring I get a different story."),
            ("negative", "Returned it in March. Still no refund, still no reply."),
            ("negative", "The heater is noisy enough to wake the baby."),
            ("neutral", "Can I swap the fries for a side salad?"),
            ("neutral", "Does the gym have lockers or should I bring a padlock?"),
            ("neutral", "@VoltMobile when will 5G come to Harrogate?"),
            ("neutral", "My claim number is 7720-A."),
            ("neutral", "Is there wheelchair access at the back entrance?"),
            ("neutral", "We'd like the vegetarian option for two of the guests."),
            (
                "neutral",
                "I'd like to close my savings account and move the balance to my current account.",
            ),
            ("neutral", "Do you price match other supermarkets?"),
            ("neutral", "What's the best way to clean the filter?"),
            ("neutral", "Hi, I'm calling about the bill for 3 Mill Lane."),
            ("neutral", "Can I get a receipt emailed instead of printed?"),
            ("neutral", "It arrived yesterday; I'll set it up at the weekend."),
            ("neutral", "Is there a limit on how much I can transfer in a day?"),
            (
                "neutral",
                "Mixed bag: the starters were great, the mains were forgettable, the dessert "
                "was fine.",
            ),
            ("neutral", "The instructions are in German, is there an English version online?"),
            ("neutral", "Which plan would you recommend for someone who mostly uses wifi?"),
            ("neutral", "I'm not sure whether my policy covers flood damage, could you check?"),
            ("neutral", "Yes, I'm the account holder."),
            ("neutral", "We're flexible on the date, any weekend in June."),
            ("neutral", "Does the offer apply to click and collect?"),
            (
                "positive",
                "The plumber found a loose washer, fixed it and charged us nothing for the visit.",
            ),
            (
                "positive",
                "My parcel was held at the depot and the driver brought it back out at 8pm.",
            ),
            ("positive", "Fourth order this month and every one was spot on."),
            ("positive", "The receptionist got us a late checkout without us asking."),
            (
                "positive",
                "@VoltMobile roaming in Portugal cost me exactly what you said it would. Zero.",
            ),
            ("positive", "Tried three other apps; this is the only one my husband actually uses."),
            ("positive", "Ten minutes from calling to a confirmed appointment."),
            (
                "positive",
                "My old phone was traded in and the credit was on my account the next day.",
            ),
            (
                "positive",
                "The engineer showed my dad how to use the new thermostat and wrote it down for "
                "him.",
            ),
            (
                "positive",
                "We turned up without a booking on a busy night and they still found us a table.",
            ),
            ("positive", "Our meal was held up in the kitchen, so the drinks were on them."),
            ("positive", "Wasn't sure about the colour but it looks even better in the room."),
            ("positive", "The cot and high chair were already set up when we arrived."),
            (
                "positive",
                "Ordered on the app at the till and it was ready before I'd paid for parking.",
            ),
            ("positive", "Every question I had was answered in the first email."),
            ("positive", "They called to let me know my prescription was ready."),
            (
                "positive",
                "The nurse on the helpline stayed on the phone until the ambulance arrived.",
            ),
            ("positive", "My claim was approved in two days, I'd set aside a month for it."),
            ("positive", "The box was so well packed the glasses survived a three-day trip."),
            ("positive", "It's made my mornings so much easier."),
        ],
    ),
    "D": (
        39,
        [
            ("negative", "★☆☆☆☆ Subscription renewed at double the price with no warning."),
            ("negative", "@SnapFood 45 mins late and the bag was ripped 😤"),
            (
                "negative",
                "Dear team, the replacement card you sent has the wrong expiry date and has been "
                "declined twice.",
            ),
            ("negative", "Had the same 'technical issue' message every evening this week."),
            ("negative", "The cleaner missed the bathroom entirely."),
            ("negative", "I waited in all morning for an engineer who cancelled by text at 12:05."),
            ("negative", "Broke the first time I dropped it from the sofa."),
            ("negative", "You ask how did we do? You didn't do anything, that's the problem."),
            ("negative", "the fries were soggy and there was a hair in the burger"),
            ("negative", "Whoever designed the new bill layout has never had to read one."),
            ("negative", "I've been a member for nine years and you've just made me pay to park."),
            ("negative", "Our order was given to someone else and the app still says delivered."),
            ("negative", "Booked a cot, arrived to find there wasn't one."),
            ("negative", "Five calls and the direct debit is still taking the wrong amount."),
            ("negative", "My 'guaranteed' slot came and went."),
            ("negative", "Anyone managed to get a refund out of them? I'm at week six."),
            ("negative", "So the fix is to uninstall and lose all my data? No thanks."),
            ("negative", "Hardly any of the photos backed up, even though it said complete."),
            (
                "negative",
                "The smart meter stopped sending readings in June and I've had estimated bills "
                "since.",
            ),
            ("negative", "Paid extra for a sea view and looked at scaffolding all week."),
            ("neutral", "★★★☆☆ Works as described. Setup was fiddly."),
            ("neutral", "@SnapFood do you deliver after midnight on Fridays?"),
            ("neutral", "Dear team, please find my completed claim form attached."),
            ("neutral", "Which of your tariffs is best for an electric car?"),
            ("neutral", "How do I turn off the notifications for offers?"),
            ("neutral", "Can I book a table for tomorrow lunchtime, 1pm, four people?"),
            ("neutral", "Is the blue one the same fabric as the grey?"),
            ("neutral", "I'm away until the 12th, could the delivery come after that?"),
            ("neutral", "What's the postcode for the returns centre?"),
            ("neutral", "I came in to change my address."),
            ("neutral", "Is my card still valid after the bank merger?"),
            ("neutral", "What's the maximum size of file you can attach to a message?"),
            ("neutral", "Order 4471-B, just checking it's been dispatched."),
            ("neutral", "My son will be using the phone, can I set a spending limit?"),
            ("neutral", "The food was decent, the room was noisy, the price was fair."),
            ("neutral", "Does the warranty need registering or is it automatic?"),
            ("neutral", "I've read the terms; can you confirm the cooling-off period?"),
            ("neutral", "Can I transfer my season ticket to a friend for one day?"),
            ("neutral", "Ok, I'll check the router lights and message back."),
            ("neutral", "Hi, I'm after a quote for home insurance for a three-bed semi."),
            (
                "positive",
                "★★★★★ Took my 5 year old's drawing and printed it on a mug for Grandad. He cried.",
            ),
            (
                "positive",
                "@SnapFood driver texted to say he was outside and waited while I found shoes 🙌",
            ),
            (
                "positive",
                "Dear team, I wanted to mention how patient Leon was with my mother on the phone "
                "yesterday.",
            ),
            ("positive", "The replacement arrived before I'd even posted the broken one back."),
            ("positive", "Thirty seconds on the app and my card was frozen."),
            ("positive", "Contacted support at 11pm, had an answer by breakfast."),
            ("positive", "Amina explained my bill line by line."),
            ("positive", "Third winter with this coat and I've never been cold."),
            (
                "positive",
                "The courier rang from the gate because the sat nav sent him to the wrong road.",
            ),
            (
                "positive",
                "Our little one dropped her ice cream and they brought her a fresh one on the "
                "house.",
            ),
            ("positive", "Every box since January has come on the right day."),
            ("positive", "I was dreading the move, but the broadband switch took one phone call."),
            ("positive", "They sent the recipe card for the dish we'd asked about."),
            ("positive", "The app reminded me about a subscription I'd forgotten, saved me £80."),
            ("positive", "Nothing fancy, just consistently good food every time we go."),
            (
                "positive",
                "The bank noticed I'd been paying for the same insurance twice and cancelled one.",
            ),
            ("positive", "It's my third one, I keep buying them as presents."),
            ("positive", "My claim was accepted over the phone, no forms."),
            ("positive", "The hotel posted my daughter's teddy back to us the day after we left."),
            ("positive", "We landed late and they kept the kitchen open for us."),
        ],
    ),
}


def earlier_checks() -> list[tuple[Label, str]]:
    """The lines of every sentiment check before the sixth round's blocks."""
    return (
        FRESH
        + HELDOUT
        + [row for rows, _floor in FRESH4_BLOCKS.values() for row in rows]
        + [row for _floor, rows in FRESH5_BLOCKS.values() for row in rows]
    )


def check_unseen_after(
    blocks: dict[str, tuple[int, list[tuple[Label, str]]]],
    *rounds: dict[str, tuple[int, list[tuple[Label, str]]]],
) -> None:
    """`check_unseen` against every check before the sixth round's and the lines of the
    later rounds' `rounds` (each a BLOCKS of floor and lines)."""
    later = [row for blocks_ in rounds for _floor, rows in blocks_.values() for row in rows]
    check_unseen(blocks, earlier_checks() + later)


def check_unseen(
    blocks: dict[str, tuple[int, list[tuple[Label, str]]]], others: list[tuple[Label, str]]
) -> None:
    """Assert that a round's blind lines are all different and in neither the corpus
    (the learned layer never saw them) nor `others` (no earlier check counts twice)."""
    corpus = {turn.text for turn in train_sentiment.read_corpus(train_sentiment.corpus_path())}
    texts = [text for _floor, rows in blocks.values() for _label, text in rows]
    assert len(set(texts)) == len(texts)
    assert not corpus.intersection(texts)
    assert not {text for _label, text in others}.intersection(texts)


def test_the_blind_lines_are_in_no_corpus_and_no_other_check() -> None:
    check_unseen(BLOCKS, earlier_checks())


@pytest.mark.parametrize("name", list(BLOCKS))
def test_sentiment_holds_up_on_the_blind_blocks(name: str) -> None:
    check_block(*BLOCKS[name])


@pytest.mark.parametrize(
    ("text", "middling"),
    [
        # "so so" before a word of feeling or degree doubles the "so"; alone it is a verdict.
        ("Thank you so so much for fixing it.", 0),
        ("I'm so so happy with the new kitchen.", 0),
        ("The curry was so so and the naan was cold.", 1),
    ],
)
def test_a_doubled_so_is_no_middling_verdict(text: str, middling: int) -> None:
    assert lukewarm(turn_words(text)) == middling


def test_the_learned_layer_weighs_pairs_of_words() -> None:
    found = features("The driver waited while I came down.")
    assert found.get("w:waited while") == 1.0
    assert "w:came down" in found


def test_a_long_text_of_plain_praise_reads_as_praise() -> None:
    # No clause carries a praise word: the words of each clause, weighed by the learned
    # layer, say how it leans (the rules' signals alone read every clause as neutral).
    text = (
        "The parcel was due on Thursday. It came on Tuesday, packed in paper rather than "
        "plastic, with a handwritten note and spare batteries in the box. The set-up guide "
        "was one page and the speaker was playing music in five minutes. My dad uses it "
        "every day."
    )
    assert classify(text) == "positive"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A remedy done closes the story told before it: a problem put right.
        ("The parcel went missing and they replaced it the next day.", "positive"),
        ("My card was cloned abroad, the bank blocked it and refunded every penny.", "positive"),
        # What goes wrong after the remedy, and a remedy still owed, are complaints.
        ("They fixed the boiler and it broke again the next day.", "negative"),
        ("The leak should have been fixed by now.", "negative"),
        ("The double charge still hasn't been reversed.", "negative"),
    ],
)
def test_a_problem_put_right_is_no_complaint(text: str, label: Label) -> None:
    assert classify(text) == label

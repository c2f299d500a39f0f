"""Customer sentiment on messages written for this check alone: in no corpus, in no fitting.

Customer messages across telecoms, banking, retail, travel, software, hotels,
insurance, food delivery, gyms, car hire and utilities, every class about equally,
kept out of `lexicons/sentiment_corpus.jsonl` on purpose: a change
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
    # Written later, after the first sixty: insurance, food delivery, gyms, car hire,
    # utilities, restaurants, and longer e-mails.
    (
        "negative",
        "The rental car had a flat tyre when we picked it up and the desk said it wasn't "
        "their problem.",
    ),
    ("negative", "My food order turned up an hour late and stone cold."),
    ("negative", "Gym membership cancelled in January, you've taken £35 every month since."),
    ("negative", "Your claims line put me on hold for 50 minutes then cut me off."),
    ("negative", "The water has been off all day and there's nothing on your website about it."),
    ("negative", "Third courier in a row who didn't even knock."),
    ("negative", "The insurance renewal went up by 60% and I've never made a claim."),
    ("negative", "I asked for no onions, twice, and it came covered in onions."),
    ("negative", "The replacement charger stopped working after two days, same as the first one."),
    ("negative", "Booked a table for eight, arrived to find it given away."),
    (
        "negative",
        "The update wiped all my saved passwords and support just sent me a link to the FAQ.",
    ),
    ("negative", "We were charged for a minibar we never opened."),
    ("neutral", "Can I add a second driver to the rental at the desk?"),
    ("neutral", "What's the cut-off time for same-day delivery?"),
    ("neutral", "Do you cover accidental damage on the basic policy?"),
    ("neutral", "I'd like to freeze my gym membership for two months while I'm travelling."),
    ("neutral", "Is the restaurant suitable for wheelchair users?"),
    ("neutral", "My meter reading today is 12094."),
    ("neutral", "Could you resend the quote? It went to my old email address."),
    ("neutral", "Does the hotel have parking, and is there a charge?"),
    ("neutral", "I'll be ten minutes late for my appointment."),
    ("neutral", "Which documents do I need to bring to the branch to change my name?"),
    (
        "neutral",
        "The app asks for a verification code but I changed my number last week. How do "
        "I update it?",
    ),
    ("neutral", "The car was fine, nothing special, and the return was quick."),
    ("positive", "The driver waited while I found my keys, so kind of him."),
    ("positive", "Claim paid in three days, no fuss. Very impressed."),
    ("positive", "Best pizza we've had in ages and it arrived piping hot."),
    ("positive", "The gym staff helped me set up a plan that actually fits my week. Love it."),
    ("positive", "Thank you for waiving the late fee, that really helps this month."),
    ("positive", "Smooth pick-up, spotless car, friendly team. Will use again."),
    ("positive", "The new app is so much easier, paid my bill in seconds."),
    ("positive", "Your engineer was patient with my mum and explained everything. Thank you."),
    ("positive", "Room upgrade on arrival and a handwritten welcome note, lovely touch."),
    ("positive", "Refund came through already, brilliant."),
    ("positive", "Absolutely spot on service from start to finish."),
    ("positive", "Really appreciate the follow-up call, nice to feel looked after."),
    (
        "negative",
        "Hello, I returned the boots on the 2nd and have heard nothing since. The "
        "tracking shows you signed for them. Where is my refund?",
    ),
    (
        "negative",
        "This is my fourth message about the same broken dishwasher. Nobody has called "
        "me back once.",
    ),
    ("negative", "The new tariff was supposed to save me money. My bill is higher than ever."),
    ("negative", "Your chatbot keeps sending me in circles and there's no way to reach a person."),
    ("negative", "Booked a quiet room for our honeymoon and were put above the nightclub."),
    ("negative", "I've had to take two days off work waiting for deliveries that didn't turn up."),
    ("negative", "The cashier was rude and refused to honour the price on the shelf."),
    ("negative", "My package was left in the recycling bin. In the rain. Again."),
    (
        "negative",
        "Sorry but this is just not good enough, I expect better from a company your size.",
    ),
    ("negative", "The login page has been broken since yesterday and I can't pay my staff."),
    ("neutral", "Hi, I'm planning a trip in March. Are pets allowed in the cabins?"),
    ("neutral", "Please can you confirm my appointment is still on for 10am tomorrow?"),
    ("neutral", "I'm writing to update my contact number to the one below."),
    ("neutral", "What's the difference between the standard and premium plans?"),
    ("neutral", "Is there a student discount on annual memberships?"),
    ("neutral", "I'll be collecting the order in store rather than having it delivered."),
    ("neutral", "We'd like a cot in the room if possible."),
    ("neutral", "The invoice number is INV-20931, could you tell me if it's been paid?"),
    ("neutral", "Can I change the delivery address after the order has shipped?"),
    (
        "neutral",
        "The room was clean and the bed was fine, though the breakfast was average. Okay "
        "for a night.",
    ),
    ("positive", "Everything arrived today, well packed and exactly as described. Thanks!"),
    (
        "positive",
        "Just wanted to say the new branch staff are lovely, so helpful with my mum's account.",
    ),
    ("positive", "Fixed in one call, which is a first for me with any provider. Well done."),
    ("positive", "What a brilliant stay, we're already planning to come back next year."),
    ("positive", "Thanks for the quick reply, that's sorted everything."),
    ("positive", "The courier rang ahead and arrived exactly when he said. Perfect."),
    ("positive", "So pleased with the new boiler, the house is finally warm."),
    ("positive", "Great advice on the phone today, saved me a lot of money."),
    ("positive", "Your team went above and beyond to get us on the next flight. Thank you."),
    ("positive", "Lovely people, lovely food, lovely views. Can't recommend it enough."),
]
# Measured at 118 of 126 (the code before the lukewarm, margin and idiom work: 107), 119
# after the service phrases for apps, shops and restaurants; a little room for a
# borderline message to flip with a refit.
MIN_CORRECT = 115


def test_the_fresh_messages_are_not_in_the_corpus() -> None:
    corpus = {turn.text for turn in train_sentiment.read_corpus(train_sentiment.corpus_path())}
    assert not corpus.intersection(text for _label, text in FRESH)
    assert {label for label, _text in FRESH} == {"negative", "neutral", "positive"}


def test_sentiment_holds_up_on_messages_it_was_never_fitted_on() -> None:
    wrong = [(label, classify(text), text) for label, text in FRESH if classify(text) != label]
    assert len(FRESH) - len(wrong) >= MIN_CORRECT, wrong

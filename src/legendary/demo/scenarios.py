"""Why customers get in touch with Harbour & Pine: the scenario templates of the demo.

Each `Scenario` holds several variants of every step of a conversation: how the customer
opens, the details they add, how a good agent says the problem back, the options and
promises they can make, and what a poor agent falls back on (policy, another department,
blaming the customer). Slots in braces are filled by the generator from `pools`:

{product} {price} {colour} {other_colour} {size} {other_size} {order} {city} {store}
{courier} {ordered} {day} {amount} {points} {gift_amount} {colleague} {competitor}
{lower_price} {email} {phone} {card}
"""

from __future__ import annotations

from dataclasses import dataclass

PROBLEM = "problem"
QUESTION = "question"
COMPLIMENT = "compliment"

ALL_CHANNELS: tuple[str, ...] = ("email", "chat", "phone", "social", "in_person")
REMOTE: tuple[str, ...] = ("email", "chat", "phone")


@dataclass(frozen=True, slots=True)
class Scenario:
    """One reason for contact, with variants for every step a conversation goes through."""

    key: str
    title: str
    kind: str
    channels: tuple[str, ...]
    tags: tuple[str, ...]
    subjects: tuple[str, ...]
    openings: tuple[str, ...]
    details: tuple[str, ...]
    paraphrases: tuple[str, ...]
    options: tuple[tuple[str, str], ...]
    fixes: tuple[str, ...]
    commitments: tuple[str, ...]
    policies: tuple[str, ...] = ()
    blames: tuple[str, ...] = ()
    department: str = "another team"
    feelings: tuple[str, ...] = ()
    side_questions: tuple[tuple[str, str], ...] = ()


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        key="refund_delay",
        title="Refund not received",
        kind=PROBLEM,
        channels=REMOTE,
        tags=("refund", "returns"),
        subjects=(
            "Refund for order {order} still missing",
            "Where is my refund?",
            "Returned the {product}, no money back yet",
        ),
        openings=(
            "I sent back the {product} over two weeks ago and I still haven't had my refund.",
            "Your courier collected my return on {ordered} and there's still no sign of the "
            "£{price} on my account.",
            "I'm chasing a refund for a {product} I returned. It's been ages.",
        ),
        details=(
            "The order number is {order}. I dropped it at the post office and I've got the "
            "receipt. My email is {email} if you want to send anything over.",
            "It's order {order}. The tracking said it was delivered back to you on {ordered}, "
            "and my bank says nothing has come in.",
            "Order {order}, the {product}. I paid £{price} on my card and I need that money "
            "back before the end of the month, honestly.",
        ),
        paraphrases=(
            "the {product} reached us on {ordered} but the £{price} hasn't come back to you",
            "you returned order {order} a fortnight ago and you're still waiting for the money",
            "your return was tracked back to us and the refund has simply not appeared",
        ),
        feelings=(
            "especially when it's your money we're holding on to",
            "nobody likes having to chase their own money",
        ),
        options=(
            (
                "push the refund through myself right now, which usually lands in three to "
                "five working days",
                "put the £{price} on a gift card today, so you can use it straight away",
            ),
            (
                "process the refund back to your card this afternoon",
                "send you the refund confirmation by email so you can show your bank",
            ),
        ),
        fixes=(
            "I've found it — the return was checked in on {ordered} but the refund got stuck "
            "waiting for a stock check that never happened.",
            "The warehouse received the {product} fine; the refund just wasn't released. "
            "That's on us, not you.",
        ),
        commitments=(
            "email you the refund confirmation",
            "check your refund has left our account",
            "ring you to confirm the money is on its way",
        ),
        policies=(
            "Refunds take up to 28 days, that's our policy, so you'll just have to wait.",
            "Our policy is that we can't chase refunds until 28 days have gone by.",
        ),
        blames=(
            "If you'd used our returns label it would have been quicker.",
            "You should have included the returns slip in the parcel.",
        ),
        department="the finance team",
        side_questions=(
            (
                "Will I get the delivery charge back as well?",
                "Yes — the £4.95 delivery charge comes back with it, because the item was faulty.",
            ),
            (
                "Do I need to keep the post office receipt?",
                "It's worth hanging on to it until the money is back, just in case.",
            ),
        ),
    ),
    Scenario(
        key="return_request",
        title="Changed mind, wants to return",
        kind=PROBLEM,
        channels=("email", "chat", "phone", "in_person"),
        tags=("returns",),
        subjects=("Returning a {product}", "How do I send back my {product}?", "Return request"),
        openings=(
            "I bought a {product} and it just doesn't work in the room. Can I return it?",
            "I'd like to send back the {product} I ordered, it's not quite what I pictured.",
            "My partner and I have changed our minds about the {product}. How do returns work?",
        ),
        details=(
            "It arrived on {ordered}, it's still in the box. Order {order}.",
            "The colour is much darker than on the website. I've used it once, is that ok? "
            "Order number {order}.",
            "It's order {order}. It's quite big, so I don't fancy lugging it to a post office.",
        ),
        paraphrases=(
            "the {product} looks different in your home from how it looked online and you'd "
            "like to return it",
            "you'd like to send the {product} back and you're not sure how to get it to us",
        ),
        feelings=("it's disappointing when something doesn't look the way you hoped",),
        options=(
            (
                "book a free collection from your home",
                "email you a returns label so you can drop it at any parcel shop",
            ),
            (
                "swap it for a different colour",
                "take it back for a full refund",
            ),
        ),
        fixes=(
            "You're well inside the 60 days, so this is easy to sort.",
            "I've started the return on order {order} for you.",
        ),
        commitments=(
            "email you the returns label",
            "confirm the collection slot by text",
            "send you the return confirmation",
        ),
        policies=(
            "We don't take back items that have been used. That's the policy.",
            "Large items have to come back at your own cost, it's the policy, sorry.",
        ),
        blames=("You should really have checked the colour in store first.",),
        department="the returns team",
        side_questions=(
            (
                "Does it need to be in the original packaging?",
                "No, any sturdy packaging is fine — just wrap it well so it doesn't get knocked.",
            ),
            (
                "How long will the refund take once you have it?",
                "Normally within three working days of it reaching us.",
            ),
        ),
    ),
    Scenario(
        key="late_delivery",
        title="Late delivery",
        kind=PROBLEM,
        channels=("email", "chat", "phone", "social"),
        tags=("delivery", "late"),
        subjects=("Delivery of order {order} is late", "Still waiting for my {product}", "Late"),
        openings=(
            "My {product} was meant to arrive on {day} and it still hasn't turned up.",
            "I took a day off work to wait in for my {product}. Nobody came.",
            "Where is my order? It was due {day} and the tracking hasn't moved.",
        ),
        details=(
            "It's order {order}, going to {city}. The tracking has said 'out for delivery' since "
            "{day} morning.",
            "Order number {order}. I waited in from 7am to 6pm. You can call me on {phone} "
            "when you know something.",
            "Order {order}. The website promised five working days and it's been nearly ten.",
        ),
        paraphrases=(
            "your {product} was due on {day}, you waited in, and it never came",
            "order {order} is late and the tracking isn't telling you anything useful",
        ),
        feelings=(
            "especially after you took a day off for it",
            "waiting in all day for nothing is maddening",
        ),
        options=(
            (
                "rebook it for the first slot tomorrow with our own van team",
                "refund the delivery charge and pick a day that really suits you",
            ),
            (
                "upgrade it to a named-day delivery at no cost",
                "cancel it and refund you in full if you'd rather not wait",
            ),
        ),
        fixes=(
            "I can see the parcel missed the van at the {courier} depot in {city}.",
            "The {courier} driver marked it as 'no access', which clearly wasn't right.",
        ),
        commitments=(
            "call you with the new delivery slot",
            "text you the driver's tracking link",
            "confirm the new date by email",
        ),
        policies=(
            "Delivery dates are only estimates, it says so in our terms.",
            "Once it's with the courier we can't do anything, that's the policy.",
        ),
        blames=(
            "The driver says nobody answered the door.",
            "You must have put the wrong postcode in.",
        ),
        department="the courier",
        side_questions=(
            (
                "Can the driver leave it with my neighbour if I'm out?",
                "Yes — I've added a note to leave it at number 12 if you're not in.",
            ),
            (
                "Will I get a time slot on the day?",
                "You will, a two-hour window by text at 8am.",
            ),
        ),
    ),
    Scenario(
        key="lost_parcel",
        title="Parcel lost",
        kind=PROBLEM,
        channels=("email", "chat", "phone"),
        tags=("delivery", "lost"),
        subjects=("Parcel marked delivered but not here", "Lost order {order}", "Missing parcel"),
        openings=(
            "The tracking says my parcel was delivered on {day} but it's not here.",
            "I've had an email saying my {product} was delivered. It wasn't.",
            "My order seems to have vanished. Tracking says delivered, I've got nothing.",
        ),
        details=(
            "Order {order}. I've checked with the neighbours and the recycling bin, nothing.",
            "It's order {order}. The photo the driver took isn't even my front door.",
            "Order {order}, delivered to {city} apparently. I was home all day.",
        ),
        paraphrases=(
            "the tracking says delivered on {day}, but the {product} never reached you",
            "the driver's photo shows a door that isn't yours, so it's gone somewhere else",
        ),
        feelings=("that's worrying, and it shouldn't be your job to find it",),
        options=(
            (
                "send a replacement {product} out today",
                "refund the £{price} straight away while we look into it",
            ),
            (
                "reserve a replacement at the {store} store for you to collect",
                "send a new one to your work address instead",
            ),
        ),
        fixes=(
            "I've opened a lost-parcel claim with {courier} myself, so you don't need to.",
            "I've checked the driver's GPS — it was dropped two streets away.",
        ),
        commitments=(
            "let you know what the courier finds",
            "send you the replacement's tracking number",
            "call you with an update",
        ),
        policies=(
            "We have to wait ten days before we can call a parcel lost. That's the rule.",
            "We can't replace it until the courier finishes their investigation.",
        ),
        blames=(
            "It says delivered, so it must be there somewhere. Have you checked properly?",
            "Someone in your house probably took it in.",
        ),
        department="the courier's claims team",
        side_questions=(
            (
                "Do I need to report it to the police?",
                "No, there's no need — we deal with the courier and the claim.",
            ),
        ),
    ),
    Scenario(
        key="damaged_delivery",
        title="Arrived damaged",
        kind=PROBLEM,
        channels=("email", "chat", "phone", "social"),
        tags=("delivery", "damaged"),
        subjects=("{product} arrived broken", "Damaged item on order {order}", "Broken on arrival"),
        openings=(
            "My {product} has just arrived and it's damaged.",
            "I've unpacked the {product} and there's a crack right across it.",
            "The box was crushed and the {product} inside is scratched all over.",
        ),
        details=(
            "Order {order}. There's a deep scratch on the top and one corner is split. I can "
            "send photos to you from {email}.",
            "It's order {order}. It was a gift for my mum's birthday on {day}, so the timing "
            "is awful.",
            "Order {order}. The driver didn't wait for me to check it.",
        ),
        paraphrases=(
            "the {product} arrived scratched and split at one corner",
            "your {product} came damaged and you needed it for your mum's birthday",
        ),
        feelings=("especially when it was meant to be a gift", "you were looking forward to it"),
        options=(
            (
                "send a replacement on next-day delivery and collect the broken one at the "
                "same time",
                "give you 30% off and you keep it, if the damage is something you can live with",
            ),
            (
                "refund you in full today",
                "have our repair partner come and fix it at your home",
            ),
        ),
        fixes=(
            "I've flagged the damage with the warehouse so they check the packing on the "
            "next {product}.",
            "There's a replacement in stock, so I've reserved it for you.",
        ),
        commitments=(
            "confirm the replacement delivery date",
            "email you the collection booking",
            "call you to make sure the new one arrived safely",
        ),
        policies=(
            "Damage has to be reported within 24 hours. It's in the terms.",
            "We can't do anything until you fill in the damage form.",
        ),
        blames=(
            "You signed for it, so it was accepted in good condition.",
            "It must have been damaged when you unpacked it.",
        ),
        department="the delivery team",
        side_questions=(
            (
                "What should I do with the broken one?",
                "Just leave it in its box — the driver takes it when they drop off the new one.",
            ),
        ),
    ),
    Scenario(
        key="double_charge",
        title="Charged twice",
        kind=PROBLEM,
        channels=REMOTE,
        tags=("billing", "payment"),
        subjects=("Charged twice for order {order}", "Double payment", "Two payments taken"),
        openings=(
            "I've been charged twice for the same order.",
            "There are two payments of £{price} on my statement from you.",
            "Your website crashed at checkout and now I've paid for my {product} twice.",
        ),
        details=(
            "It was order {order}. The card was {card}, both payments went out on {ordered}.",
            "Order {order}. I've only got one confirmation email but two payments on my "
            "banking app.",
            "Order {order}. That's £{price} I really can't be without this week.",
        ),
        paraphrases=(
            "you were charged £{price} twice for one order",
            "the payment page failed, you tried again, and both payments went through",
        ),
        feelings=("£{price} is a lot of money to have tied up", "that's a horrible surprise"),
        options=(
            (
                "refund the second payment right now",
                "cancel the duplicate order so the bank releases the hold",
            ),
        ),
        fixes=(
            "I can see both payments on order {order} — the second one should never have gone.",
            "The second payment is a pending hold rather than a charge, and I've released it.",
        ),
        commitments=(
            "email you the refund reference",
            "check the duplicate has dropped off",
            "call you once the bank confirms",
        ),
        policies=(
            "We can't refund a payment until it's been fully processed, that's the policy.",
            "Billing problems have to go through your bank, not us.",
        ),
        blames=("You must have pressed the pay button twice.",),
        department="accounts",
        side_questions=(
            (
                "Will this affect my credit score?",
                "No — a duplicate payment and its refund don't touch your credit file.",
            ),
        ),
    ),
    Scenario(
        key="wrong_item",
        title="Wrong size or colour",
        kind=PROBLEM,
        channels=("email", "chat", "phone", "in_person"),
        tags=("wrong item", "returns"),
        subjects=("Wrong size sent", "I ordered {colour}, got {other_colour}", "Wrong item"),
        openings=(
            "I ordered a {size} {product} in {colour} and you've sent me {other_colour}.",
            "The {product} I received is a {other_size}, not the {size} I ordered.",
            "Wrong item again. I ordered {colour}. This is {other_colour}.",
        ),
        details=(
            "Order {order}. The label on the packet says {size} but it's clearly {other_size}.",
            "It's order {order}. I need it for guests arriving on {day}.",
            "Order {order}. I checked my confirmation, I definitely picked {colour}.",
        ),
        paraphrases=(
            "you ordered a {size} in {colour} and received {other_colour} instead",
            "you were sent a {other_size} when you need a {size} for your guests on {day}",
        ),
        feelings=("especially with guests on the way",),
        options=(
            (
                "send the right one on next-day delivery and collect the wrong one at the "
                "same time",
                "hold the right one at the {store} store for you to pick up today",
            ),
        ),
        fixes=(
            "The picking slip shows the wrong shelf location was scanned — that's our mistake.",
            "I've checked stock and the {colour} {size} is there.",
        ),
        commitments=(
            "email you the delivery confirmation",
            "text you when it's ready to collect",
            "check it's been picked correctly",
        ),
        policies=(
            "Exchanges have to go through the returns process first. That's policy.",
            "We can't send the new one until we've got the old one back.",
        ),
        blames=("Are you sure you didn't pick the wrong colour on the website?",),
        department="the warehouse",
        side_questions=(
            (
                "Can I keep the wrong one until the new one comes?",
                "Of course — you can swap them over on the doorstep.",
            ),
        ),
    ),
    Scenario(
        key="loyalty_points",
        title="Missing loyalty points",
        kind=PROBLEM,
        channels=("email", "chat", "phone", "in_person"),
        tags=("loyalty",),
        subjects=("Points missing from my account", "Loyalty points not added", "Points?"),
        openings=(
            "My loyalty points from my last purchase haven't been added.",
            "I spent £{price} in the {store} store and got no points for it.",
            "I was told I'd get double points on the {product} and I've had none.",
        ),
        details=(
            "It was a {product} on {ordered}. I should have {points} points from it. "
            "My account is under {email}.",
            "I showed my card at the till. The receipt number is on there, order {order}.",
            "It was order {order}, during the double points week.",
        ),
        paraphrases=(
            "you should have earned {points} points on your {product} and they aren't showing",
            "you scanned your card in store but the points never reached your account",
        ),
        feelings=("you've been loyal to us and it should show",),
        options=(
            (
                "add the {points} points to your account now",
                "turn them into a £10 voucher for your next visit",
            ),
        ),
        fixes=(
            "I can see the purchase — the till didn't link it to your card.",
            "The double points offer didn't apply automatically to that order.",
        ),
        commitments=(
            "check the points have landed",
            "email you your new balance",
        ),
        policies=(
            "Points can only be added at the time of purchase. It's the scheme rules.",
            "Missing points claims need the original receipt, no exceptions.",
        ),
        blames=("You have to scan the card before paying, not after.",),
        department="the loyalty team",
        side_questions=(
            (
                "When do my points expire?",
                "They last 24 months from your last purchase, so you've got plenty of time.",
            ),
            (
                "Can I use points online too?",
                "Yes — they show up at checkout once you're logged in.",
            ),
        ),
    ),
    Scenario(
        key="store_experience",
        title="Poor store experience",
        kind=PROBLEM,
        channels=("email", "phone", "social", "in_person"),
        tags=("store", "complaint"),
        subjects=("Complaint about the {store} store", "Very poor visit", "Treatment in store"),
        openings=(
            "I was in your {store} store on {day} and I've never been treated so badly.",
            "I want to complain about my visit to the {store} store.",
            "I queued for twenty minutes at the {store} till with two staff chatting behind it.",
        ),
        details=(
            "I asked for help finding a {product} and the assistant just pointed and walked off.",
            "I was with my dad, who uses a wheelchair, and nobody would help us reach the "
            "{product} on the top shelf.",
            "When I asked to speak to someone in charge I was told they were 'busy'.",
        ),
        paraphrases=(
            "you asked for help in the {store} store and were brushed off",
            "you and your dad needed a hand and nobody stepped in",
        ),
        feelings=("that's not how anyone should feel in one of our stores",),
        options=(
            (
                "ask the store manager to call you personally",
                "have the {product} you wanted delivered to you free of charge",
            ),
        ),
        fixes=(
            "I've shared exactly what you told me with the {store} store manager.",
            "I've logged this as a formal complaint so it's looked at properly.",
        ),
        commitments=(
            "have the store manager call you",
            "write to you with what the store is changing",
        ),
        policies=(
            "Staff are allowed breaks, I'm afraid. That's policy.",
            "We don't comment on individual staff, that's company policy.",
        ),
        blames=("It was a very busy day, you must have picked a bad time.",),
        department="the store itself",
        side_questions=(
            (
                "Is the {store} store step-free?",
                "It is — there's a ramp at the side entrance and a lift to the first floor.",
            ),
        ),
    ),
    Scenario(
        key="compliment",
        title="Compliment for a colleague",
        kind=COMPLIMENT,
        channels=ALL_CHANNELS,
        tags=("compliment",),
        subjects=("Thank you to {colleague}", "Brilliant service", "Just wanted to say thanks"),
        openings=(
            "I just wanted to say how brilliant {colleague} was when I came into the {store} "
            "store.",
            "I have to tell you about {colleague}. What a star.",
            "Not a complaint for once! {colleague} went above and beyond for me.",
        ),
        details=(
            "They spent half an hour helping me choose a {product} and even carried it to my car.",
            "My {product} order had gone wrong and they sorted it in ten minutes, with a smile.",
            "They remembered me from last time and asked how the new kitchen was going.",
        ),
        paraphrases=(
            "{colleague} took real time over helping you choose the {product}",
            "{colleague} sorted out your order quickly and made you feel remembered",
        ),
        options=(),
        fixes=(),
        commitments=(
            "pass your message to {colleague} and their manager",
            "share your words with the whole {store} team",
        ),
        side_questions=(
            (
                "Is {colleague} in on weekends? I'd love to go back to them.",
                "They usually work Saturdays, so you'll probably catch them.",
            ),
        ),
    ),
    Scenario(
        key="product_question",
        title="Product question",
        kind=QUESTION,
        channels=ALL_CHANNELS,
        tags=("product question", "pre-sale"),
        subjects=("Question about the {product}", "{product} — sizes?", "Before I buy"),
        openings=(
            "I'm thinking about buying the {product}. Could you tell me a bit more about it?",
            "Quick question about the {product} before I order.",
            "Does the {product} come in {colour}?",
        ),
        details=(
            "I've got a small flat and two cats, so I need to know how hard-wearing it is.",
            "I want to know how big it is exactly and whether it needs putting together.",
            "It's a present, so I need it by {day}.",
        ),
        paraphrases=(
            "you want something that will cope with a small flat and two cats",
            "you need to know the exact size and how much assembly is involved",
            "it's a present and has to arrive by {day}",
        ),
        options=(
            (
                "reserve one at the {store} store so you can see it first",
                "send you free fabric swatches so you can check the colour at home",
            ),
            (
                "order it today on next-day delivery",
                "hold one at the {store} store for you",
            ),
        ),
        fixes=(
            "It's 180 cm wide and comes fully assembled, apart from screwing on the legs.",
            "The fabric is a tightly woven performance weave, so claws don't catch in it easily.",
            "The {colour} is in stock and ships within two days.",
        ),
        commitments=(
            "email you the care guide and measurements",
            "post the swatches to you",
            "send you the reservation details",
        ),
        policies=("We don't do swatches, sorry, that's the policy.",),
        blames=("All the measurements are on the website if you look.",),
        department="the product team",
        side_questions=(
            (
                "Is there a matching footstool?",
                "There is — it comes in the same colours and is £95.",
            ),
            (
                "Do you deliver to {city}?",
                "We do, to the whole of the UK mainland.",
            ),
        ),
    ),
    Scenario(
        key="account_access",
        title="Can't log in",
        kind=PROBLEM,
        channels=("email", "chat", "phone"),
        tags=("account", "password"),
        subjects=("Can't log in", "Password reset not arriving", "Locked out of my account"),
        openings=(
            "I can't get into my account. The password reset email never arrives.",
            "My account has been locked after I got the password wrong.",
            "I've tried to log in all morning and it keeps saying my details are wrong.",
        ),
        details=(
            "The account is under {email}. I've checked my spam folder too.",
            "I've got points on there and an order, {order}, that I need to track.",
            "It might be under my old email, {email}. My number is {phone}.",
        ),
        paraphrases=(
            "the reset email isn't reaching you, so you're stuck outside your account",
            "you're locked out and you need to keep an eye on order {order}",
        ),
        feelings=("there's nothing more annoying than being locked out of your own account",),
        options=(
            (
                "send a fresh reset link to the same address",
                "move the account over to your current email address",
            ),
        ),
        fixes=(
            "The account was locked after five attempts. I've unlocked it.",
            "The reset emails were bouncing because of an old address on file.",
        ),
        commitments=(
            "send a new reset link",
            "check in with you that you're back in",
        ),
        policies=("For security reasons we can't change the email on an account. That's policy.",),
        blames=("You must be typing the password wrong.",),
        department="IT",
        side_questions=(
            (
                "Will I lose my points if you reset it?",
                "No, your points and order history stay exactly as they are.",
            ),
        ),
    ),
    Scenario(
        key="price_match",
        title="Price match request",
        kind=PROBLEM,
        channels=("email", "chat", "phone", "in_person"),
        tags=("price match", "billing"),
        subjects=("Price match on {product}", "Price dropped after I bought", "Cheaper elsewhere"),
        openings=(
            "I bought the {product} last week and now it's £{lower_price} on your website.",
            "{competitor} are selling the same {product} for £{lower_price}. Do you price match?",
            "The {product} went into the sale two days after I paid full price.",
        ),
        details=(
            "I paid £{price} on {ordered}, order {order}.",
            "It's exactly the same one, same colour, I've got the link.",
            "It's order {order}. I'd rather not return it and buy it again just to save money.",
        ),
        paraphrases=(
            "you paid £{price} and a few days later the price dropped to £{lower_price}",
            "you've found the same {product} at {competitor} for less",
        ),
        feelings=("it's galling to see the price drop straight after you buy",),
        options=(
            (
                "refund you the difference to your card",
                "put the difference on a gift card with an extra 10% on top",
            ),
        ),
        fixes=(
            "You're inside our 14-day price promise, so you're covered.",
            "I've checked the {competitor} listing and it's the same item.",
        ),
        commitments=(
            "email you the refund of the difference",
            "post the gift card to you",
        ),
        policies=(
            "We don't price match sale items. That's the policy.",
            "Price changes after purchase aren't refunded, I'm afraid, that's how it works.",
        ),
        blames=("You could have waited for the sale.",),
        department="pricing",
        side_questions=(
            (
                "Does the price promise cover delivery too?",
                "It covers the item price; your delivery was free anyway.",
            ),
        ),
    ),
    Scenario(
        key="gift_card",
        title="Gift card problem",
        kind=PROBLEM,
        channels=("email", "chat", "phone", "in_person"),
        tags=("gift card",),
        subjects=("Gift card not working", "Gift card balance", "Problem with gift card"),
        openings=(
            "My gift card is being declined at checkout.",
            "I was given a £{gift_amount} gift card and the balance says zero.",
            "I tried to use a gift card in the {store} store and the till wouldn't take it.",
        ),
        details=(
            "It was a birthday present, bought in {ordered}. It's never been used.",
            "My sister bought it online and sent it to me. I've got the email.",
            "The card number starts 6330 and it says 'invalid'.",
        ),
        paraphrases=(
            "your £{gift_amount} gift card shows no balance even though it's never been used",
            "the till refused a gift card that was a present to you",
        ),
        feelings=("it spoils a lovely present", "that's embarrassing at the till"),
        options=(
            (
                "issue a replacement e-gift card straight to your inbox",
                "put the £{gift_amount} on a new physical card for you to collect in store",
            ),
        ),
        fixes=(
            "The card was never activated when it was bought — a till error on our side.",
            "I can see the £{gift_amount} is still there; it was a fault with the card reader.",
        ),
        commitments=(
            "email you the replacement gift card",
            "let the {store} store know it's coming",
        ),
        policies=("We can't replace gift cards without the original receipt. Policy.",),
        blames=("The person who bought it must not have activated it.",),
        department="the gift card provider",
        side_questions=(
            (
                "Do gift cards expire?",
                "They last two years from the day they were bought.",
            ),
        ),
    ),
    Scenario(
        key="order_change",
        title="Change or cancel an order",
        kind=PROBLEM,
        channels=("email", "chat", "phone"),
        tags=("order change",),
        subjects=("Change delivery address", "Cancel order {order}", "Add to my order"),
        openings=(
            "I need to change the delivery address on an order I placed this morning.",
            "Can I cancel my order? I've found one I like better.",
            "I forgot to add the matching {product} to my order. Can you add it?",
        ),
        details=(
            "It's order {order}. It should go to my work address in {city} instead.",
            "Order {order}. It hasn't shipped yet as far as I can see.",
            "Order {order}. I'd like it all to come together if possible.",
        ),
        paraphrases=(
            "order {order} needs to go to your work in {city} rather than home",
            "you'd like to cancel order {order} before it leaves us",
        ),
        options=(
            (
                "change the address now before it's picked",
                "cancel and refund it straight away",
            ),
            (
                "add the {product} so it all arrives together",
                "send it separately so the first part isn't held up",
            ),
        ),
        fixes=(
            "It hasn't been picked yet, so there's time.",
            "I've caught it just before it was packed.",
        ),
        commitments=(
            "email you the updated order confirmation",
            "confirm the cancellation",
        ),
        policies=("Orders can't be changed once placed. You'll have to wait and return it.",),
        blames=("You should have checked the address before you paid.",),
        department="the warehouse",
        side_questions=(
            (
                "Will the delivery date change?",
                "No, it's still on track for {day}.",
            ),
        ),
    ),
    Scenario(
        key="warranty_repair",
        title="Warranty repair",
        kind=PROBLEM,
        channels=("email", "phone", "in_person"),
        tags=("warranty", "repair"),
        subjects=("Faulty {product}", "Warranty claim", "{product} broken after a few months"),
        openings=(
            "My {product} has broken after only eight months.",
            "One of the legs on my {product} has come loose and the whole thing wobbles.",
            "The {product} has stopped working. It's still under guarantee, I think.",
        ),
        details=(
            "I bought it in the {store} store in the spring, order {order}. I've got the receipt.",
            "It's not been mistreated, it's just in the dining room. Order {order}.",
            "I'm on {phone} during the day if an engineer needs to ring.",
        ),
        paraphrases=(
            "your {product} has developed a fault well within its two-year guarantee",
            "one leg has worked loose and the {product} isn't safe to use",
        ),
        feelings=("that's not what you expect from something you paid £{price} for",),
        options=(
            (
                "send our repair technician to you",
                "swap it for a new one if the repair isn't simple",
            ),
        ),
        fixes=(
            "You're covered by the two-year guarantee, so there's no charge for this.",
            "This is a known issue with one batch of legs — we've got new ones in.",
        ),
        commitments=(
            "book the technician's visit",
            "call you with the repair date",
        ),
        policies=("Warranty only covers manufacturing faults, so we'd need to inspect it first.",),
        blames=("It sounds like it's been overloaded.",),
        department="the manufacturer",
        side_questions=(
            (
                "Do I need to be in for the repair?",
                "Yes, for about an hour — you can pick the morning or the afternoon.",
            ),
        ),
    ),
    Scenario(
        key="social_complaint",
        title="Public complaint on social media",
        kind=PROBLEM,
        channels=("social",),
        tags=("social", "complaint", "public"),
        subjects=("Public post about {product}", "Tweet about delivery", "Social complaint"),
        openings=(
            "Three weeks and still no {product}. Emails ignored. Never again. #disappointed",
            "Shoutout to Harbour & Pine for delivering my {product} in pieces and then hanging "
            "up on me.",
            "Is anyone at Harbour & Pine actually reading their messages? Day 5 waiting for a "
            "reply.",
        ),
        details=(
            "Order {order}. I've emailed three times from {email} and heard nothing back.",
            "It's order {order}. I'd like someone to actually call me for once: {phone}.",
            "Order {order}. All I want is a date.",
        ),
        paraphrases=(
            "you've written to us three times about order {order} and had no answer",
            "your {product} arrived broken and nobody listened when you called",
        ),
        feelings=("being ignored is the worst part of it",),
        options=(
            (
                "call you today to sort it all in one go",
                "carry on here in messages if that's easier",
            ),
        ),
        fixes=(
            "I've found your three emails — they went to an old queue. That's on us.",
            "I've got your order open now and I'm not letting go of it.",
        ),
        commitments=(
            "call you",
            "message you the delivery date",
        ),
        policies=("We can't discuss orders on social media, please call the helpline.",),
        blames=("We reply to all emails within five working days.",),
        department="customer services",
        side_questions=(
            (
                "Why did nobody answer my emails?",
                "They landed in an old inbox we stopped watching. I've fixed that today.",
            ),
        ),
    ),
    Scenario(
        key="broken_promise",
        title="Follow-up that never happened",
        kind=PROBLEM,
        channels=("phone", "in_person", "email", "chat"),
        tags=("follow-up", "complaint"),
        subjects=("Nobody called me back", "Still waiting for the promised call", "Follow-up"),
        openings=(
            "I was told someone would call me back on {day}. Nobody did.",
            "I came into the {store} store last week and was promised a phone call. Still waiting.",
            "This is my second time asking. Last time I was told it would be sorted in two days.",
        ),
        details=(
            "It's about my {product}, order {order}. The assistant wrote my number down, {phone}.",
            "I've had to take time off work again to chase this. Order {order}.",
            "I was told the {product} would be ordered in for me. Order {order}.",
        ),
        paraphrases=(
            "you were promised a call on {day} about your {product} and it never came",
            "this is the second time you've had to chase the same thing",
        ),
        feelings=("you shouldn't have had to chase us", "that's a promise we broke"),
        options=(
            (
                "sort the {product} out while we're talking",
                "arrange a time for me to call you back with it done",
            ),
        ),
        fixes=(
            "I can see the note from last time — it was never passed on. I'm sorry.",
            "The {product} was ordered in and has been sitting in the stockroom since {day}.",
        ),
        commitments=(
            "call you personally",
            "email you in writing what's been done",
        ),
        policies=("The person you spoke to isn't in today, so I can't help with that.",),
        blames=("You could have called us sooner.",),
        department="the person you spoke to last time",
        side_questions=(
            (
                "Who do I ask for if it goes wrong again?",
                "Ask for me by name — I'm here Monday to Friday.",
            ),
        ),
    ),
    Scenario(
        key="click_collect",
        title="Click and collect not ready",
        kind=PROBLEM,
        channels=("chat", "phone", "in_person"),
        tags=("click and collect", "store"),
        subjects=("Collection not ready", "Click and collect problem", "Came to collect"),
        openings=(
            "I've come to collect my {product} from the {store} store and they can't find it.",
            "I got a text saying my order was ready to collect, but the store says it isn't.",
            "I drove forty minutes to pick up my {product} and it's not here.",
        ),
        details=(
            "Order {order}. The text came through yesterday at 4pm.",
            "It's order {order}. I've got the collection code on my phone.",
            "Order {order}. I've got a parking ticket ticking away outside.",
        ),
        paraphrases=(
            "you had the 'ready to collect' text for order {order} but the store can't find it",
            "you've made a long trip and the {product} isn't where it should be",
        ),
        feelings=("after driving all that way",),
        options=(
            (
                "have it delivered to you free tomorrow",
                "take one from the shop floor for you now",
            ),
        ),
        fixes=(
            "It's been put on the wrong shelf in the stockroom — I've found it.",
            "The text went out before it was scanned in, which is our mistake.",
        ),
        commitments=(
            "text you when it's definitely here",
            "arrange the delivery",
        ),
        policies=("We can only release collections that have been scanned in. Policy.",),
        blames=("You should wait for the second text before coming in.",),
        department="the online team",
        side_questions=(
            (
                "Can you refund my parking?",
                "Yes, keep the ticket and I'll refund it with the order.",
            ),
        ),
    ),
    Scenario(
        key="missing_parts",
        title="Flat-pack parts missing",
        kind=PROBLEM,
        channels=("email", "chat", "phone"),
        tags=("missing parts", "assembly"),
        subjects=("Missing screws for {product}", "Parts missing", "Can't finish building it"),
        openings=(
            "I've started putting the {product} together and the bag of fixings is missing.",
            "The {product} is half built and there's no back panel in the box.",
            "Missing parts. Can't finish the {product}.",
        ),
        details=(
            "Order {order}. The instructions say bag C, there's only A and B.",
            "It's order {order}. It's now standing in the middle of the room half done.",
            "Order {order}. I'm moving into the flat on {day}.",
        ),
        paraphrases=(
            "the fixings bag for the {product} wasn't in the box, so you're stuck halfway",
            "the {product} is half built without a back panel and you're moving on {day}",
        ),
        feelings=("you've got a half-built {product} in the middle of the room",),
        options=(
            (
                "post the missing parts on next-day delivery",
                "have them ready at the {store} store for you today",
            ),
        ),
        fixes=(
            "I've found the part number for bag C and it's in stock.",
            "I've checked the packing record — the back panel was left out.",
        ),
        commitments=(
            "send the parts' tracking number",
            "confirm the parts are packed",
        ),
        policies=("Missing parts are handled by the manufacturer. We don't stock them.",),
        blames=("Sometimes people throw them away with the packaging.",),
        department="the manufacturer",
        side_questions=(
            (
                "Is it ok to leave it half built for now?",
                "Yes, just keep it away from the wall so the frame doesn't twist.",
            ),
        ),
    ),
)

SCENARIOS_BY_KEY: dict[str, Scenario] = {s.key: s for s in SCENARIOS}

# Questions any customer may add at the end of a long conversation, with a good answer.
GENERAL_QUESTIONS: tuple[tuple[str, str], ...] = (
    (
        "Will I get something in writing to confirm all this?",
        "Yes — you'll have a confirmation email within the hour, with everything we agreed.",
    ),
    (
        "Are the stores open on bank holidays?",
        "They are, from 10am to 4pm, both Harbour Street and Riverside.",
    ),
    (
        "Do you still have the {product} in {colour}?",
        "We do — there are a handful left online and two in the {store} store.",
    ),
    (
        "Can I get a copy of my receipt by email?",
        "Of course, I've just sent it to the address on your account.",
    ),
    (
        "Is there a number I can call you on directly?",
        "You can call the care team on the main line and ask for me; I'll see the notes.",
    ),
)

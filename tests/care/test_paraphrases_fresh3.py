"""A third fresh check for `paraphrases`, weighted to what the first two missed:
summaries in other words (few or none of the customer's words), a sentence of theirs
finished by the agent, a reading checked with a tag ("…, huh.", "…, right?"), news
received after "oh", and complex reflections that name the feeling or the meaning behind
what was said. Settings: service desks (retail, telecom, bank, travel, software,
utilities), replies to reviews, counselling and everyday conversation.

Written for this test in our own words, not taken from any labelled corpus, and
labelled before the detector read them. The hard negatives share words without saying
the customer back: an answer or an explanation, a question back, a bare "I understand"
or "I'm so sorry", a backchannel or an agreement traded back ("yeah" - "yeah", "that's
true"), an action, the agent's own story, bookkeeping read back, the company's terms.

Block 1 (121 rows) was scored with the engine as it stood on 23 November 2026 at 08:15
UTC: P 0.944, R 0.507, F1 0.660 (33 reflections missed: summaries in other words,
finished sentences, tags, feelings named). Block 2 (47 rows) was written after the rules
it led to and scored before its errors were read: P 0.857, R 0.692, F1 0.766. Block 3
(43 rows), after a round of precision fixes, read first: P 0.867, R 0.565, F1 0.684 (its
misses are mostly summaries that share no word and no shape with the customer's turn:
"Kind people, but no peace at night."). Those first reads are the honest estimate; the
floors below only stop a later change from sliding back.
"""

from __future__ import annotations

import pytest

from .test_paraphrases_fresh import Case, assert_holds_floors

# Case: (setting, customer's turn, agent's reply, is it a paraphrase?)

FIRST_REFLECTIONS: list[Case] = [
    # Summaries in other words, third person or impersonal (few shared words).
    (
        "conversation",
        "my grandmother grew beans, tomatoes, squash, peppers, you name it",
        "oh, so she kept a proper vegetable patch",
        True,
    ),
    (
        "conversation",
        "we moved four times before I was twelve because of my dad's job",
        "your family was always on the move then",
        True,
    ),
    (
        "conversation",
        "the kids have football Saturday, swimming Sunday, and piano on Tuesdays",
        "they keep you busy every day of the week, huh",
        True,
    ),
    (
        "conversation",
        "I put the heating on in October and it doesn't go off till May",
        "Long winters where you are.",
        True,
    ),
    (
        "conversation",
        "my brother fixes up old motorbikes in his garage every weekend",
        "Oh, he's a real tinkerer.",
        True,
    ),
    (
        "conversation",
        "they closed the factory and half the town lost their jobs overnight",
        "That must have hit the whole community hard.",
        True,
    ),
    (
        "conversation",
        "I paid off the last of my student loan last month",
        "Finally free of that debt, huh.",
        True,
    ),
    (
        "conversation",
        "we only eat out on birthdays, it's just too expensive otherwise",
        "Restaurants are a special-occasion thing for you.",
        True,
    ),
    (
        "conversation",
        "she reads three or four novels a week, she's always got one on the go",
        "Quite the bookworm.",
        True,
    ),
    (
        "conversation",
        "the traffic into the city is so bad I leave at six just to beat it",
        "An early start just to dodge the jams.",
        True,
    ),
    # Completing the customer's unfinished sentence.
    (
        "conversation",
        "and by the time you pay for childcare and the petrol and everything, it's like",
        "hardly worth going to work at all",
        True,
    ),
    (
        "retail",
        "I waited in all day, and then at six o'clock I get a text saying",
        "that they'd missed you.",
        True,
    ),
    (
        "telecom",
        "every time it rains the line goes crackly and then",
        "and then it drops out altogether?",
        True,
    ),
    (
        "bank",
        "I went to pay at the till and the card was",
        "declined, even though there's money in the account.",
        True,
    ),
    (
        "counselling",
        "I tell myself I'll just have one, and then before I know it",
        "the whole evening's gone.",
        True,
    ),
    (
        "software",
        "I type in the code they send me and it just",
        "Goes straight back to the login page.",
        True,
    ),
    # Tags asking for a check: "…, huh", "…, right", "…, then".
    (
        "travel",
        "The hotel had no hot water the whole three nights we were there.",
        "Cold showers for the entire stay, huh.",
        True,
    ),
    (
        "retail",
        "I only wore them twice and the sole is already peeling off.",
        "Barely worn and already coming apart, right?",
        True,
    ),
    (
        "utilities",
        "The meter reader hasn't been round in over a year.",
        "So the bills have all been guesses since then.",
        True,
    ),
    (
        "telecom",
        "I switched to you because you were cheaper and now it costs more than my old provider.",
        "The saving you moved for has gone, then.",
        True,
    ),
    # Complex reflections: naming the feeling or meaning behind it.
    (
        "bank",
        "I've been a customer for twenty years and you closed my account with a two-line letter.",
        "After all that time, a two-line letter must have felt like a slap in the face.",
        True,
    ),
    (
        "retail",
        "It was meant to be my daughter's birthday present and it arrived the day after.",
        "You missed the moment you were planning for her.",
        True,
    ),
    (
        "travel",
        "We saved for two years for this trip and the hotel was a building site.",
        "All that saving, and the holiday you'd pictured just wasn't there.",
        True,
    ),
    (
        "software",
        "I lost a whole week of work when the app crashed.",
        "A week's effort gone in a moment; no wonder you're upset.",
        True,
    ),
    (
        "telecom",
        "I work from home, so without the internet I can't earn anything.",
        "This outage is costing you your income, not just an inconvenience.",
        True,
    ),
    (
        "counselling",
        "Everyone keeps telling me what to do, my wife, my doctor, my boss.",
        "You're feeling crowded by all the advice.",
        True,
    ),
    (
        "counselling",
        "I know the drinking isn't great but it's the only time I get to myself.",
        "Part of you sees the cost, and part of you guards that bit of time that's yours.",
        True,
    ),
    (
        "counselling",
        "I used to run marathons. Now I get out of breath on the stairs.",
        "It's hard seeing how far you've slipped from the runner you were.",
        True,
    ),
    (
        "counselling",
        "I haven't had a cigarette in nine days.",
        "Nine days clear, and it's taken real effort.",
        True,
    ),
    (
        "counselling",
        "My mum was a drinker and I swore I'd never be like her.",
        "Seeing yourself heading the same way scares you.",
        True,
    ),
    (
        "counselling",
        "I don't really see the point of coming here, nothing changes.",
        "You're feeling stuck and not sure this is helping.",
        True,
    ),
    (
        "counselling",
        "The nights are the worst, when the house is quiet.",
        "Being alone in the evenings is when it's hardest.",
        True,
    ),
    # "So…", "you…" summaries with different words.
    (
        "bank",
        "The app says my transfer went through, but my landlord says nothing's arrived.",
        "So the money's left your side but hasn't landed on his.",
        True,
    ),
    (
        "bank",
        "I just want to know why I was turned down for the loan.",
        "Nobody has explained the refusal to you.",
        True,
    ),
    (
        "retail",
        "I've rung four times about this fridge and every time someone promises to call back.",
        "You keep getting promises and no callback.",
        True,
    ),
    (
        "retail",
        "The assembly instructions are missing pages, so I can't finish building the wardrobe.",
        "You're stuck halfway with gaps in the instructions.",
        True,
    ),
    (
        "utilities",
        "Our gas bill this winter is three times what it was last winter and we've used less.",
        "So you're paying far more for less gas.",
        True,
    ),
    (
        "utilities",
        "There's been no water pressure in the flat since they dug up the road.",
        "The roadworks seem to have left your taps with barely a trickle.",
        True,
    ),
    (
        "utilities",
        "They came to fit the smart meter, drilled a hole in the wall and left.",
        "The fitter made a mess and didn't finish the job.",
        True,
    ),
    (
        "travel",
        "The train was cancelled, the replacement bus never showed, and I had to get a taxi.",
        "So you ended up paying for a cab after both options let you down.",
        True,
    ),
    (
        "travel",
        "I booked an aisle seat months ago and they've put me by the window.",
        "The seat you chose in advance wasn't honoured.",
        True,
    ),
    (
        "travel",
        "My suitcase came off the carousel with the handle snapped.",
        "Your case was damaged in transit.",
        True,
    ),
    (
        "software",
        "Ever since the new version the printer just sits there saying it's offline.",
        "The update seems to have cut the printer off from your computer.",
        True,
    ),
    (
        "software",
        "I've reset my password three times today and it still won't let me in.",
        "Three resets and you're still locked out.",
        True,
    ),
    (
        "software",
        "We're a small team and paying per seat has doubled our costs this year.",
        "The per-user pricing has made it much dearer for a team your size.",
        True,
    ),
    (
        "telecom",
        "I'm on the top floor and I can't get a signal anywhere in the flat.",
        "No coverage at all indoors for you.",
        True,
    ),
    (
        "telecom",
        "My contract ended in June and you've carried on charging me the old rate.",
        "You've been paying full price since your deal finished.",
        True,
    ),
    (
        "reviews",
        "Lovely room but the breakfast was cold and the staff seemed not to care.",
        "You enjoyed the room, but breakfast and the service let you down.",
        True,
    ),
    (
        "reviews",
        "Food was great, but we waited an hour for our mains.",
        "Good food, spoiled by the long wait.",
        True,
    ),
    (
        "reviews",
        "The pool was closed for the whole week and nobody mentioned it when we booked.",
        "It sounds as if the pool being shut came as a complete surprise.",
        True,
    ),
    # Echoes and short reformulations with a word of their own.
    (
        "conversation",
        "we had eighteen inches of snow last night",
        "Eighteen inches!",
        True,
    ),
    (
        "retail",
        "It's a size twelve but it fits like an eight.",
        "Way too small, then.",
        True,
    ),
    (
        "bank",
        "There are two payments to a gym I've never been to.",
        "A gym you've never set foot in.",
        True,
    ),
    (
        "travel",
        "They gave our room away because we arrived after ten.",
        "Because you got in late.",
        True,
    ),
    (
        "counselling",
        "I just feel like I'm letting everybody down.",
        "Letting everyone down.",
        True,
    ),
    # After a backchannel the agent carries a summary on (MI style).
    (
        "counselling",
        "Yeah.",
        "So for you the smoking is mostly about the stress at work.",
        True,
    ),
    (
        "counselling",
        "Mm-hmm.",
        "And you've already managed to cut down to a few a day.",
        True,
    ),
    (
        "counselling",
        "Yes.",
        "You've tried to stop on your own several times and it hasn't stuck.",
        True,
    ),
    # Frames in fresh wording.
    (
        "utilities",
        "I've sent meter readings every month and you still estimate.",
        "What I'm taking from this is that your readings are being ignored.",
        True,
    ),
    (
        "retail",
        "I want the blue one, not the grey one you sent.",
        "Let me check I've got this right: blue was ordered and grey arrived.",
        True,
    ),
    (
        "bank",
        "The fee was never mentioned when I opened the account.",
        "If I'm following you, the fee came as news to you.",
        True,
    ),
    (
        "software",
        "The export works on my laptop but not on my desktop.",
        "Correct me if I'm wrong, but it's only the desktop that won't export.",
        True,
    ),
    (
        "telecom",
        "I was told the engineer would come Monday, then Wednesday, now it's next week.",
        "So, to sum up, the visit keeps slipping.",
        True,
    ),
    (
        "travel",
        "We were stuck on the plane for three hours with no food or water.",
        "Three hours on board with nothing to eat or drink sounds grim.",
        True,
    ),
    (
        "conversation",
        "I love my job but the commute is killing me",
        "the work's fine, it's the travel that wears you down",
        True,
    ),
    (
        "conversation",
        "we got a puppy and now nobody in the house sleeps",
        "The new dog's keeping the whole family up.",
        True,
    ),
    (
        "counselling",
        "When I'm with my friends it's easy not to drink, it's at home that's hard.",
        "Company helps; it's the evenings at home on your own that test you.",
        True,
    ),
]

FIRST_NOT_REFLECTIONS: list[Case] = [
    # Answers that share the customer's words without saying them back.
    (
        "retail",
        "Do you have the blue one in a size ten?",
        "The blue one in a size ten is out of stock until next week.",
        False,
    ),
    (
        "bank",
        "My card was declined at the supermarket.",
        "Cards are sometimes declined when a payment looks unusual to our fraud checks.",
        False,
    ),
    (
        "telecom",
        "The internet keeps dropping in the evening.",
        "The internet in your area is getting a fibre upgrade next month.",
        False,
    ),
    (
        "travel",
        "My flight was cancelled.",
        "Cancelled flights are rebooked on the next available service free of charge.",
        False,
    ),
    (
        "software",
        "The app crashes when I open the camera.",
        "The camera feature needs the latest version of the app installed.",
        False,
    ),
    (
        "utilities",
        "My gas bill has gone up a lot.",
        "Gas prices rose for every customer in October.",
        False,
    ),
    # Questions back.
    (
        "retail",
        "The lamp arrived with a cracked shade.",
        "Was the box damaged as well?",
        False,
    ),
    (
        "bank",
        "Someone has used my card online.",
        "When did you last use the card yourself?",
        False,
    ),
    (
        "telecom",
        "My bill is higher than usual.",
        "Which month's bill are you looking at?",
        False,
    ),
    (
        "counselling",
        "I drink more when I'm stressed.",
        "What sorts of things stress you out?",
        False,
    ),
    (
        "counselling",
        "I want to get fitter.",
        "How would you know you'd got fitter?",
        False,
    ),
    (
        "software",
        "I can't find the export button.",
        "Are you on the web version or the desktop app?",
        False,
    ),
    # Generic understanding, sympathy or praise with nothing of theirs.
    ("travel", "The room smelled of damp.", "I understand completely.", False),
    ("bank", "I've been waiting ages.", "I appreciate your patience.", False),
    ("retail", "It's the third time this has happened.", "I'm so sorry.", False),
    ("counselling", "I went to the gym twice this week.", "That's fantastic!", False),
    ("telecom", "It's been down since Friday.", "Oh dear.", False),
    ("utilities", "Nobody has called me back.", "I do apologise for that.", False),
    ("conversation", "my car broke down on the motorway", "oh no", False),
    ("reviews", "The staff were rude at check-in.", "Thank you for your feedback.", False),
    # Backchannels and agreement traded back.
    ("conversation", "yeah", "yeah", False),
    ("conversation", "right", "right", False),
    ("counselling", "Mm-hmm.", "Mm-hmm.", False),
    ("conversation", "it's getting harder to find good plumbers", "that's true", False),
    ("conversation", "kids grow up so fast", "they do", False),
    ("conversation", "taxes just keep going up", "That's right.", False),
    ("conversation", "I think the schools here are pretty good", "I think so too.", False),
    # Action, advice, status.
    (
        "retail",
        "The zip broke on the coat.",
        "I'll send you a returns label so we can replace it.",
        False,
    ),
    (
        "telecom",
        "My phone won't connect to the wifi.",
        "Try forgetting the network and joining it again.",
        False,
    ),
    (
        "bank",
        "I need to change my address.",
        "You can update it in the app under Profile.",
        False,
    ),
    (
        "utilities",
        "The boiler is making a banging noise.",
        "An engineer will call you within two hours to arrange a visit.",
        False,
    ),
    ("travel", "Our luggage didn't arrive.", "Claim form emailed.", False),
    (
        "software",
        "The sync is broken again.",
        "Our engineers deployed a fix twenty minutes ago.",
        False,
    ),
    (
        "counselling",
        "I struggle to sleep.",
        "Cutting out caffeine after lunch helps a lot of people.",
        False,
    ),
    # The agent's own story or opinion with the customer's words.
    (
        "conversation",
        "I've been learning to play the guitar",
        "I tried the guitar once but my fingers hurt too much",
        False,
    ),
    (
        "conversation",
        "we went camping in Wales last summer",
        "we always go to Cornwall",
        False,
    ),
    (
        "conversation",
        "I think the new stadium is a waste of money",
        "I'd rather they spent it on the hospital",
        False,
    ),
    (
        "conversation",
        "my son wants to be a vet",
        "my niece is a vet, she loves it",
        False,
    ),
    # Moving on, small talk, a new topic.
    (
        "counselling",
        "Yeah, I suppose.",
        "Okay, shall we look at the plan for next week?",
        False,
    ),
    (
        "counselling",
        "That's all really.",
        "Can I share something that other people have found useful?",
        False,
    ),
    (
        "retail",
        "Thanks, that's great.",
        "You're welcome, enjoy the rest of your day.",
        False,
    ),
    (
        "telecom",
        "Okay.",
        "While I have you, you're due an upgrade next month.",
        False,
    ),
    ("travel", "Perfect, thanks.", "Safe travels!", False),
    # Bookkeeping read back.
    ("bank", "It's account ending 4471.", "Ending 4471.", False),
    ("retail", "The order number is 88120.", "88120, thank you.", False),
    (
        "travel",
        "The booking reference is KX9P2.",
        "Thanks, I've got KX9P2 up now.",
        False,
    ),
    # Reported terms and conditions reusing their words.
    (
        "travel",
        "Can I bring my dog on the train?",
        "Dogs travel free on all our trains if they're on a lead.",
        False,
    ),
    (
        "software",
        "Will I lose my files if I cancel?",
        "Files are kept for thirty days after you cancel.",
        False,
    ),
    (
        "bank",
        "Is there a fee for paying abroad?",
        "There's no fee for card payments abroad on this account.",
        False,
    ),
    (
        "utilities",
        "Do I need to be in for the meter change?",
        "Yes, someone over eighteen needs to be home.",
        False,
    ),
    # Sympathy formula naming nothing specific.
    ("reviews", "Worst stay ever.", "We're sorry to hear you were disappointed.", False),
    ("retail", "This is ridiculous.", "I'm sorry you feel that way.", False),
    (
        "counselling",
        "I've had a rough week.",
        "Thanks for telling me.",
        False,
    ),
    (
        "utilities",
        "I've been without heating for three days.",
        "Let me get this booked in for you straight away.",
        False,
    ),
]

# Block 2, written after the rules block 1 led to and scored before its errors were read
# (08:29 UTC): P 0.857, R 0.692, F1 0.766 (the engine as it stood before block 1: 0.682).
SECOND_REFLECTIONS: list[Case] = [
    (
        "retail",
        "I ordered the sofa in March, it's now July and I still have nowhere to sit.",
        "Four months on and you're still without a sofa.",
        True,
    ),
    (
        "retail",
        "The website said in stock, I paid, and then got an email saying it's back-ordered.",
        "So it was sold to you as available and it wasn't.",
        True,
    ),
    (
        "retail",
        "I've sent the same photos to three different people now.",
        "You've had to keep repeating yourself to us.",
        True,
    ),
    (
        "telecom",
        "My son has exams next week and he can't revise without the internet.",
        "Oh, so the timing couldn't be worse for him.",
        True,
    ),
    (
        "telecom",
        "The new router is in, but the upstairs rooms get nothing.",
        "Downstairs is fine and upstairs is a dead zone, then.",
        True,
    ),
    (
        "telecom",
        "I was promised the price would stay the same for two years and",
        "and it went up after six months.",
        True,
    ),
    (
        "bank",
        "I've been trying to add my husband to the account for weeks and every branch says "
        "something different.",
        "Each branch has given you a different answer, and weeks have gone by.",
        True,
    ),
    (
        "bank",
        "The direct debit came out twice this month and now I'm overdrawn.",
        "That double payment has pushed you into the red.",
        True,
    ),
    (
        "bank",
        "I'm seventy-eight and I don't use apps, I just want to talk to a person.",
        "You'd rather speak to someone than be sent to the app.",
        True,
    ),
    (
        "travel",
        "We got to the gate and they said the flight was overbooked, with two kids in tow.",
        "Bumped at the gate with the children, huh.",
        True,
    ),
    (
        "travel",
        "The car we hired had a warning light on from the moment we picked it up.",
        "Oh, a fault from day one.",
        True,
    ),
    (
        "travel",
        "They charged me for a sea view and the window looks at a wall.",
        "Paying extra for a view of bricks must have been galling.",
        True,
    ),
    (
        "software",
        "Half my team can see the new dashboard and the other half can't.",
        "So it's only reached some of your colleagues.",
        True,
    ),
    (
        "software",
        "I just wanted to change my email address and now I can't log in at all,",
        "Locked out by a simple change.",
        True,
    ),
    (
        "software",
        "Every update moves the buttons around and my staff have to relearn it.",
        "The constant redesigns keep costing your people time.",
        True,
    ),
    (
        "utilities",
        "The engineer said the boiler was condemned and then just left us with no heat.",
        "You were left in a cold house with no plan.",
        True,
    ),
    (
        "utilities",
        "I've got a baby at home and the water's been off since this morning.",
        "That worries you, with a little one to look after.",
        True,
    ),
    (
        "reviews",
        "The tour guide was brilliant but the coach broke down twice.",
        "Oh, a great guide let down by the transport.",
        True,
    ),
    (
        "reviews",
        "Nice enough hotel but for that price I expected a lot more.",
        "It didn't feel like value for what you paid.",
        True,
    ),
    (
        "counselling",
        "I stopped drinking for Lent and honestly I didn't miss it much.",
        "It was easier to go without than you expected.",
        True,
    ),
    (
        "counselling",
        "My dad drank, his dad drank, it's just what the men in my family do.",
        "It feels almost like it's in the family line for you.",
        True,
    ),
    (
        "counselling",
        "I'm fine most of the week, it's Sundays when I'm on my own that I struggle.",
        "Sundays alone are the hard part.",
        True,
    ),
    (
        "counselling",
        "I don't want to end up like my uncle, he lost everything.",
        "What happened to him frightens you.",
        True,
    ),
    (
        "conversation",
        "we used to camp every summer, but since the kids left we just don't bother",
        "the tent's been gathering dust, huh",
        True,
    ),
    (
        "conversation",
        "my neighbour grows these enormous pumpkins every autumn, wins prizes for them",
        "Oh, a serious gardener.",
        True,
    ),
    (
        "conversation",
        "and by the time you've paid rent and bills there's just",
        "nothing left over for anything fun",
        True,
    ),
]

SECOND_NOT_REFLECTIONS: list[Case] = [
    (
        "retail",
        "The sofa still hasn't come.",
        "Sofas are made to order, so they take ten to twelve weeks.",
        False,
    ),
    ("retail", "I've sent photos already.", "Oh, could you send them to this address too?", False),
    (
        "telecom",
        "The router is in but upstairs gets nothing.",
        "Oh, a booster plug usually sorts that out.",
        False,
    ),
    ("telecom", "Thanks, that's everything.", "Lovely, have a good evening then.", False),
    (
        "bank",
        "My direct debit came out twice.",
        "Oh no, I'm really sorry.",
        False,
    ),
    (
        "bank",
        "I don't like using apps.",
        "You can also bank by phone on the number on your card.",
        False,
    ),
    (
        "travel",
        "The flight was overbooked.",
        "Overbooked passengers get compensation under the regulations.",
        False,
    ),
    (
        "travel",
        "The hire car had a warning light on.",
        "Which light was it, the orange one?",
        False,
    ),
    (
        "software",
        "I can't log in since changing my email and",
        "Try the reset link on the sign-in page.",
        False,
    ),
    (
        "software",
        "The buttons keep moving.",
        "Our design team reviews feedback every quarter.",
        False,
    ),
    ("utilities", "The water's been off all morning.", "Right, okay.", False),
    ("utilities", "The boiler's condemned.", "I'll get an emergency heater sent out today.", False),
    (
        "reviews",
        "The coach broke down twice.",
        "Thank you for taking the time to review us.",
        False,
    ),
    ("counselling", "I didn't miss drinking much.", "What else did you notice?", False),
    ("counselling", "Sundays are hard.", "I love a quiet Sunday myself.", False),
    ("counselling", "Yeah, maybe.", "Okay, let's think about next steps.", False),
    ("conversation", "we used to camp a lot", "oh, I hate camping", False),
    ("conversation", "my neighbour grows pumpkins", "oh really", False),
    ("conversation", "the rent here is crazy", "it is", False),
    ("conversation", "uh-huh", "uh-huh", False),
    (
        "counselling",
        "Hmm.",
        "You've held down the job all this time while things at home fell apart.",
        False,
    ),
]

# Block 3, written after the precision fixes that followed block 2 (sign-offs, "so you
# can…", "well, you take…") and scored before its errors were read (08:45 UTC): P 0.867,
# R 0.565, F1 0.684 (the engine as it stood before block 1: 0.529).
THIRD_REFLECTIONS: list[Case] = [
    (
        "retail",
        "I bought the coat for a wedding on Saturday and the zip broke the first time I tried it "
        "on.",
        "So it's let you down right before the big day.",
        True,
    ),
    (
        "retail",
        "The self-checkout kept saying unexpected item and nobody came to help for ages.",
        "Oh, stuck at the machine with no one around.",
        True,
    ),
    (
        "retail",
        "I've returned it, I've got the receipt from the post office, and still no money back",
        "and still nothing in your account.",
        True,
    ),
    (
        "telecom",
        "I'm paying for a hundred megabits and the speed test shows eight.",
        "A fraction of what you're paying for, then.",
        True,
    ),
    (
        "telecom",
        "Every time I ring I get passed to another department and have to start again.",
        "You keep having to tell the whole story from the beginning.",
        True,
    ),
    (
        "bank",
        "I was abroad, my card got blocked, and I had no way to pay for the hotel.",
        "That must have been frightening, being stranded without a way to pay.",
        True,
    ),
    (
        "bank",
        "My late father's account is still sending me letters addressed to him.",
        "Every letter in his name is another painful reminder.",
        True,
    ),
    (
        "bank",
        "The mortgage offer expired while your team was still checking my payslips.",
        "The delay on our side cost you the offer.",
        True,
    ),
    (
        "travel",
        "We were told at check-in the pool was open, but it's been drained all week.",
        "Oh, so you were promised something that was never there.",
        True,
    ),
    (
        "travel",
        "My connecting train left two minutes before the first one got in, and the next is in "
        "three hours.",
        "Three hours stranded over a two-minute miss, huh.",
        True,
    ),
    (
        "software",
        "I renewed on the first, and on the second it told me my subscription had lapsed.",
        "Paid on time and still shown as expired.",
        True,
    ),
    (
        "software",
        "My whole class was meant to hand in through the portal and it went down an hour before "
        "the deadline.",
        "The worst possible moment for it to fail, right?",
        True,
    ),
    (
        "utilities",
        "I've phoned about the leaking pipe four times and each time someone says they'll send a "
        "plumber.",
        "Four promises of a plumber and still the leak.",
        True,
    ),
    (
        "utilities",
        "My meter's in a locked cupboard the landlord has the key to, and",
        "and he's never around when the reader comes.",
        True,
    ),
    (
        "reviews",
        "Staff were lovely but the walls are paper thin, we heard every word next door.",
        "Kind people, but no peace at night.",
        True,
    ),
    (
        "reviews",
        "Booked a quiet room for our anniversary and got one over the kitchen extractor.",
        "Not the romantic stay you'd planned.",
        True,
    ),
    (
        "counselling",
        "I say I'll stop at two drinks, and I mean it when I say it.",
        "The intention is real, it's keeping to it that's the struggle.",
        True,
    ),
    (
        "counselling",
        "Everyone at work goes for a cigarette at eleven and three, and I don't want to be left "
        "out.",
        "Those breaks are part of how you belong at work.",
        True,
    ),
    (
        "counselling",
        "I want to be there for my grandkids, see them grow up.",
        "Your health matters because of the time you want with them.",
        True,
    ),
    (
        "counselling",
        "Part of me thinks I'm fine, and part of me knows I'm kidding myself.",
        "You're in two minds about how serious it is.",
        True,
    ),
    (
        "conversation",
        "my sister lives in Vancouver and we only see her every few years",
        "oh, a long way to go for a visit",
        True,
    ),
    (
        "conversation",
        "I've been doing the night shift for six years now",
        "You must be used to sleeping in the day by now.",
        True,
    ),
    (
        "conversation",
        "we painted the whole house ourselves last summer, took forever",
        "a big job for two people, huh",
        True,
    ),
]

THIRD_NOT_REFLECTIONS: list[Case] = [
    (
        "retail",
        "The zip broke the first time I tried it on.",
        "I'll arrange a replacement to reach you before Saturday.",
        False,
    ),
    ("retail", "Nobody came to help at the self-checkout.", "Which store was this?", False),
    (
        "telecom",
        "The speed test shows eight megabits.",
        "Speed tests over wifi are often lower than over a cable.",
        False,
    ),
    ("telecom", "Okay, I'll try that tonight.", "Great, speak soon then.", False),
    ("bank", "My card got blocked abroad.", "Oh dear, how annoying.", False),
    ("bank", "I'll bring my passport in tomorrow.", "Sounds good, see you then.", False),
    (
        "bank",
        "The mortgage offer expired.",
        "Offers are valid for six months from the date of issue.",
        False,
    ),
    ("travel", "The pool was drained all week.", "Oh, was that the outdoor pool?", False),
    ("travel", "I missed my connection by two minutes.", "Right.", False),
    (
        "software",
        "The portal went down before the deadline.",
        "Restart the browser and clear the cache, then try again.",
        False,
    ),
    ("software", "I renewed on the first.", "Thanks, I can see the payment here.", False),
    ("utilities", "The pipe is still leaking.", "A plumber can come on Thursday morning.", False),
    ("utilities", "My meter's in a locked cupboard and", "Okay, no problem.", False),
    ("reviews", "The walls are paper thin.", "We hope to welcome you back soon.", False),
    ("counselling", "I mean it when I say two drinks.", "How many did you have last night?", False),
    ("counselling", "I don't want to be left out at work.", "I smoked for years myself.", False),
    ("counselling", "Mm-hmm.", "Okay, so shall we set a date?", False),
    ("conversation", "my sister lives in Vancouver", "oh wow", False),
    ("conversation", "I've done nights for six years", "I could never do nights", False),
    ("conversation", "we painted the house ourselves", "yeah", False),
]

FIRST_BLOCK = FIRST_REFLECTIONS + FIRST_NOT_REFLECTIONS
SECOND_BLOCK = SECOND_REFLECTIONS + SECOND_NOT_REFLECTIONS
THIRD_BLOCK = THIRD_REFLECTIONS + THIRD_NOT_REFLECTIONS
SETTINGS = {
    "retail",
    "telecom",
    "bank",
    "travel",
    "software",
    "utilities",
    "reviews",
    "counselling",
    "conversation",
}


def test_the_blocks_are_labelled_as_listed_and_span_every_setting() -> None:
    assert len(FIRST_BLOCK) >= 120
    assert len(SECOND_BLOCK) >= 40
    for positives, negatives in (
        (FIRST_REFLECTIONS, FIRST_NOT_REFLECTIONS),
        (SECOND_REFLECTIONS, SECOND_NOT_REFLECTIONS),
        (THIRD_REFLECTIONS, THIRD_NOT_REFLECTIONS),
    ):
        assert all(expected for *_, expected in positives)
        assert not any(expected for *_, expected in negatives)
    assert {case[0] for case in FIRST_BLOCK} == SETTINGS
    assert {case[0] for case in SECOND_BLOCK} == SETTINGS
    assert {case[0] for case in THIRD_BLOCK} == SETTINGS


# Floors (precision, recall, F1) a little under what each block scores today.
FLOORS = {
    "first block": (FIRST_BLOCK, (0.95, 0.78, 0.86)),
    "second block": (SECOND_BLOCK, (0.9, 0.84, 0.87)),
    "third block": (THIRD_BLOCK, (0.9, 0.6, 0.72)),
}


@pytest.mark.parametrize(("cases", "floors"), FLOORS.values(), ids=FLOORS.keys())
def test_paraphrases_hold_their_floor_on_each_blind_block(
    cases: list[Case], floors: tuple[float, float, float]
) -> None:
    assert_holds_floors(cases, floors)

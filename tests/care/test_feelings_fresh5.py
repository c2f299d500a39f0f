"""A fifth fresh check for `acknowledges_feelings`: feelings named as nouns, idioms, and
the politeness that only sounds like a feeling.

Replies written for this test, each with the other person's turn before it, half from
service chat, e-mail, phone and social-media care, half from peer support and everyday
talk. Not taken from any labelled corpus. Earlier rounds read feeling *words* in frames
(`care.affect`); the misses they left were feelings named as nouns ("it's a grief people
don't talk about", "the stress of it", "that kind of loneliness") and idioms that carry a
feeling without a feeling word ("you've been through the wringer", "you must be over the
moon"). This round added both to `care.affect`, as vocabularies in frames of their own:
feeling nouns after "that kind of", "the … of it", "it's a …" and "that … must" (the
last for negative nouns only), and idioms after a word that aims them at the other
person ("you've been…", "that's…", "what…"), none of the speaker's own words between.

Not an acknowledgement: the agent's own feelings as politeness ("I'm happy to help",
"I'm afraid that's not possible", "glad you asked"), an apology for the service ("sorry
for the wait"), attending rather than siding ("I'm with you now"), minimising ("calm
down", "just don't think about it"), a feeling word about a thing ("the export code is in
a sad state"), and the speaker's own story. A sympathy token ("oh dear", "oh no") counts
when it meets the other person's trouble; one that reacts to the agent's own screen or
system ("oh dear, the system's being slow for me") is not aimed at them and does not.

Each block was labelled before the detector read it. FIRST READS are given against the
rules of the moment and against the rules this session started with (commit f21f09b).
The first block (50 rows) read 0.792 (P 0.83, R 0.76): those were the starting rules.
Mended after that read: the noun and idiom frames, "that silence must hurt" with a noun
subject, and the look-alikes above; then 0.960. The second block (50 rows), written after
that, read 1.000 (the starting rules 0.980, R 0.96): its wording sat inside what the
rules already knew. The third block (49 rows, feelings said sideways: "your heart must
have dropped", "a real weight to carry", "bet that felt sweet"), written after the
second, read 0.870 (P 0.95, R 0.80), as did the starting rules. Mended after that read:
"it still hurts" and "I get why it stings", "oh my heart!", an imagined past ("bet that
felt sweet", where "that was nice" stays the speaker's own story), burden idioms ("a
weight to carry") and an idiom after "is/was"; then 0.980. Tried and dropped: "feeling"
as a feeling noun ("the feeling of not getting enough air" is advice) and an idiom after
"are/were" ("the staff were stretched so thin" is a third party), each costing dev rows.
The fourth block (50 rows), written after the third was mended, read 0.864 (P 1.00, R
0.76), as did the starting rules. Mended after that read: feeling words VADER lacks or
scores weakly ("giddy", "flustered", "bereft", "spooked", "homesick", "swamped"), a
gerund subject before a feeling noun ("being forgotten by your own dad is a heartache
like no other"; not the nuisance nouns, though "setting it up is a pain" is still taken,
as before this round, by the word frames), and idioms
("the stuff of nightmares", "in the thick of it"); then 0.958. Left there: "is wearing"
("you must be wearing…" is too often clothing) and "the cringe spiral". So the first
reads of new blocks went 0.792, 1.000, 0.870, 0.864 where the starting rules read 0.792,
0.980, 0.870, 0.864: what carried over from one block to the next was small, and most of
each block's gain came after its own read. The fifth block (50 rows), written after the
last change and read once, never for errors, read 0.894 (P 0.95, R 0.84), exactly what
the starting rules read: among its misses "the relief must be huge" (a positive noun
after "the"), "I'd be seething" (a word VADER lacks in "I'd be…"), "worn you down".
Left in the earlier blocks: "Oof" about the site's own timeout (a reaction to their
trouble, or to the product? labelled not, found), "so pleased it came through for you"
(the agent's pleasure at a fix, labelled an acknowledgement before reading; the rules
follow the older line that "glad that worked" is not), and "it gets better" after a
verdict on school.
"""

from __future__ import annotations

import pytest

from legendary.care.affect import affect_spans

from .test_feelings_fresh2 import Case, acknowledged, assert_balanced, feelings_scores

#: Written and labelled first, read once by the session's starting rules.
FIRST_BLOCK: list[Case] = [
    (
        "chat",
        "My salary hasn't gone in and rent is due tomorrow.",
        "That's really worrying when it's your wages, let me look at the payment now.",
        True,
    ),
    (
        "phone",
        "I've been going round in circles with your billing team for a month.",
        "I can hear how frustrating this has been for you.",
        True,
    ),
    (
        "email",
        "The courier finally found the parcel, it's arrived safe and sound!",
        "What a relief that must be after all the back and forth.",
        True,
    ),
    (
        "chat",
        "They charged me a cancellation fee for a flight THEY cancelled.",
        "Honestly, I'd be annoyed too. I'll get that fee reversed.",
        True,
    ),
    (
        "social",
        "Three weeks and my wheelchair still hasn't been repaired.",
        "Three weeks without your chair is a huge strain, and I'm sorry it's dragged on.",
        True,
    ),
    (
        "chat",
        "I got the mortgage approved this morning!",
        "That's wonderful news, you must be over the moon.",
        True,
    ),
    (
        "phone",
        "My mum's direct debit bounced and she's been panicking about it all weekend.",
        "The stress of it all weekend, on top of everything else, I completely understand.",
        True,
    ),
    (
        "email",
        "I've had to call in sick twice to wait for engineers who never came.",
        "You've been through the wringer with this, and I want to put it right today.",
        True,
    ),
    (
        "chat",
        "I lost my father last month and need to close his account.",
        "I'm so sorry for your loss. I'll take care of the paperwork with you step by step.",
        True,
    ),
    (
        "phone",
        "I'm at my wits' end with this router.",
        "That sounds exhausting, let's get it sorted together.",
        True,
    ),
    (
        "social",
        "Been stuck on the tarmac for two hours with a toddler.",
        "Two hours on the tarmac with a little one sounds like an ordeal, we're so sorry.",
        True,
    ),
    (
        "chat",
        "Finally got my refund, thank you so much!",
        "Brilliant, so pleased it came through for you!",
        True,
    ),
    (
        "email",
        "I was really embarrassed when my card got refused at the restaurant.",
        "Nobody should have to feel that kind of embarrassment in front of friends.",
        True,
    ),
    (
        "chat",
        "Can I change my delivery to Thursday?",
        "I'm happy to help with that, Thursday is free.",
        False,
    ),
    (
        "phone",
        "Could I get a refund on the upgrade?",
        "I'm afraid that's not possible after thirty days, but I can offer a credit.",
        False,
    ),
    (
        "chat",
        "Why does the app need my location?",
        "Glad you asked! It uses it to find your nearest store.",
        False,
    ),
    (
        "email",
        "I've been waiting twenty minutes on this chat.",
        "Sorry for the wait, I'm with you now. What's the order number?",
        False,
    ),
    (
        "phone",
        "This is absolutely ridiculous, I want my money back now!",
        "Calm down please, shouting won't get it processed any faster.",
        False,
    ),
    (
        "chat",
        "The export keeps timing out.",
        "Yeah, the export code is in a sad state, engineering are rewriting it.",
        False,
    ),
    (
        "chat",
        "My order number is 44821.",
        "Oh dear, the system's being slow for me this morning, bear with me.",
        False,
    ),
    (
        "email",
        "I'd like to know when my replacement card will arrive.",
        ("Your replacement card was posted on Monday and should arrive within five working days."),
        False,
    ),
    (
        "social",
        "Is the Manchester store open on bank holidays?",
        "It is! 10 till 4 on bank holidays.",
        False,
    ),
    (
        "phone",
        "I've been charged twice for the same order.",
        "I can see both charges here. I'll refund the second one now.",
        False,
    ),
    (
        "chat",
        "Will the sale price apply to pre-orders?",
        "Great question, yes it applies to pre-orders too.",
        False,
    ),
    (
        "email",
        "The heater you sent is making a strange noise.",
        "That's a known fault with that batch, we'll send a replacement.",
        False,
    ),
    (
        "peer support",
        "My dog died yesterday and the house feels so empty.",
        "It's a grief people don't always take seriously, but losing a dog is losing family.",
        True,
    ),
    (
        "peer support",
        "I moved to a new city and haven't made a single friend in six months.",
        "That kind of loneliness wears you down, and it's not a failing on your part.",
        True,
    ),
    (
        "everyday",
        "I finally told my parents I'm gay and they hugged me.",
        "Oh that's amazing, I'm so happy for you!",
        True,
    ),
    (
        "peer support",
        "Got clean 90 days today.",
        "90 days! Huge. You should be really proud.",
        True,
    ),
    (
        "peer support",
        "My exam results came back and I failed again.",
        "Ugh, that's such a kick in the teeth after all the work you put in.",
        True,
    ),
    (
        "peer support",
        "My ex is getting married and I keep crying at random moments.",
        "Of course it's hitting you hard, that's a lot to process.",
        True,
    ),
    (
        "peer support",
        "I've had panic attacks every night this week.",
        "Every night? That sounds terrifying, and exhausting on top.",
        True,
    ),
    (
        "peer support",
        "My sister hasn't spoken to me since the funeral.",
        "That silence must hurt so much.",
        True,
    ),
    (
        "peer support",
        "I got into the nursing programme!",
        "Congratulations!! You've worked so hard for this.",
        True,
    ),
    (
        "peer support",
        "Work has been brutal and I have no energy left for my kids.",
        "You're running on empty, and it makes sense that you feel stretched thin.",
        True,
    ),
    (
        "peer support",
        "I got the all clear from my oncologist today.",
        "Best news I've heard all week, I bet you're walking on air.",
        True,
    ),
    (
        "peer support",
        "My landlord is evicting us with two weeks' notice.",
        "Oh no, that's so scary with kids to think about.",
        True,
    ),
    (
        "peer support",
        "I can't stop thinking I'm a burden to everyone.",
        "Have you tried talking to your GP about this?",
        False,
    ),
    (
        "peer support",
        "I've been feeling really low since the breakup.",
        "You should try journaling, it helped me a lot.",
        False,
    ),
    (
        "peer support",
        "My therapist moved away and I'm starting over.",
        "I'm happy to share the name of the person I see, she's good.",
        False,
    ),
    (
        "peer support",
        "I relapsed last night.",
        "Relapse is part of recovery for a lot of people. What's your plan for today?",
        False,
    ),
    (
        "peer support",
        "My boss yelled at me in front of the whole team.",
        "I'm so angry at my own manager this week too, they're all the same.",
        False,
    ),
    (
        "peer support",
        "I feel like nobody at school likes me.",
        "School is a sad place for lots of people, it gets better after.",
        False,
    ),
    (
        "peer support",
        "I've been anxious about my driving test.",
        "Just don't think about it, you'll be fine.",
        False,
    ),
    (
        "peer support",
        "Anyone know a good sleep app?",
        "I use Calm, it's pretty good for wind-down stories.",
        False,
    ),
    (
        "everyday",
        "My cat keeps scratching the sofa.",
        "Get a scratching post and put catnip on it.",
        False,
    ),
    (
        "peer support",
        "I lost my job today.",
        "What field were you in? Maybe I can point you to some listings.",
        False,
    ),
    (
        "peer support",
        "My grandmother is in hospital again.",
        "Which hospital is she in? The one near me has good visiting hours.",
        False,
    ),
    (
        "everyday",
        "I'm so nervous about my first date tonight.",
        "I'm nervous for my own interview tomorrow lol.",
        False,
    ),
    (
        "peer support",
        "I keep failing my maths resits.",
        "Maths is such a depressing subject, I hated it too.",
        False,
    ),
]

#: Written after the first block was mended, then read once.
SECOND_BLOCK: list[Case] = [
    (
        "chat",
        "The engineer turned up, said it wasn't his job, and left. I took a day off for this.",
        "Losing a day's leave for nothing, I'd be fuming in your shoes.",
        True,
    ),
    (
        "email",
        "I've been pushed from pillar to post between your shop and the manufacturer.",
        (
            "You've been passed back and forth far too much, and that's exhausting. I'll own "
            "this from here."
        ),
        True,
    ),
    (
        "phone",
        "My dad's pension payment is missing and he's beside himself.",
        "He must be so anxious, and you too, having to chase it for him.",
        True,
    ),
    (
        "chat",
        "We just closed on our first house!!",
        "Congratulations, what a milestone! Enjoy every minute of the first night in.",
        True,
    ),
    (
        "social",
        "Flight cancelled, missed my sister's wedding. Thanks a lot.",
        (
            "Missing your sister's wedding is heartbreaking and we're truly sorry. Please DM "
            "us so we can help."
        ),
        True,
    ),
    (
        "chat",
        "Your app charged me in dollars and my bank added fees.",
        "Ugh, surprise fees are the worst. Let me refund the difference.",
        True,
    ),
    (
        "email",
        "I'm disabled and the driver left my parcel at the bottom of three flights of stairs.",
        "I'm really sorry, that must have been distressing and exhausting to deal with.",
        True,
    ),
    (
        "phone",
        "I've had no heating for nine days with a newborn.",
        "Nine days with a newborn and no heating, I can only imagine how worried you've been.",
        True,
    ),
    (
        "chat",
        "The replacement arrived and it works perfectly, you're a star!",
        "Yay, that's the best news! Enjoy your evening.",
        True,
    ),
    (
        "social",
        "Third time this month the train's been cancelled and I'm late for work again.",
        "That's really wearing, and I'm sorry it keeps happening to you.",
        True,
    ),
    (
        "chat",
        "I feel like an idiot, I ordered the wrong size twice.",
        (
            "You're not an idiot at all, the size chart is confusing and it happens to loads "
            "of people."
        ),
        True,
    ),
    (
        "email",
        "I got the job offer I applied through your careers fair for!",
        "That's fantastic, you must be thrilled. Congratulations from all of us.",
        True,
    ),
    (
        "phone",
        "I'm just so tired of ringing up every week.",
        "I completely get that, it's draining having to chase.",
        True,
    ),
    (
        "chat",
        "Can you tell me if the blender is dishwasher safe?",
        "Happy to check that for you! The jug and blade are dishwasher safe, the base isn't.",
        False,
    ),
    (
        "email",
        "When will my refund come through?",
        "I'm delighted to confirm your refund was processed today.",
        False,
    ),
    (
        "phone",
        "Do you have the blue one in a size 10?",
        "I'm afraid we're out of stock in blue, but the navy is in.",
        False,
    ),
    (
        "chat",
        "I've been waiting for ages.",
        "Sorry to keep you waiting, I've got your account open now.",
        False,
    ),
    (
        "social",
        "What time does the pool open?",
        "Great question! It opens at 6:30 on weekdays.",
        False,
    ),
    (
        "chat",
        "My address has changed.",
        "Awesome, I've updated your address on the account.",
        False,
    ),
    (
        "email",
        "The invoice is wrong, it has last year's VAT rate.",
        "Thanks for flagging, I've reissued the invoice with the correct rate.",
        False,
    ),
    (
        "chat",
        "Is the firmware update safe to install?",
        "I'm worried the update might reset your presets, so back them up first.",
        False,
    ),
    (
        "phone",
        "I'm furious, I want to speak to a manager.",
        "There's no need to get upset, I'm just following the process.",
        False,
    ),
    (
        "chat",
        "Why is the checkout page so slow?",
        "That's a frustrating bug on our side, engineering are on it.",
        False,
    ),
    (
        "social",
        "Any plans to bring back the winter menu?",
        "We're so excited to announce it's back next week!",
        False,
    ),
    (
        "email",
        "Could you send me a copy of my contract?",
        "Of course, I've attached a copy. Hope you have a lovely weekend!",
        False,
    ),
    (
        "peer support",
        "My best friend moved abroad and I feel so lost without her.",
        "That's a big hole in your life, it makes sense you feel lost.",
        True,
    ),
    (
        "peer support",
        "I've been sober a year today.",
        "A whole year!! That's massive, I hope you're proud of yourself.",
        True,
    ),
    (
        "peer support",
        "I got diagnosed with ADHD at 34 and I don't know how to feel.",
        "That's a lot to take in, mixed feelings are so normal after a late diagnosis.",
        True,
    ),
    (
        "peer support",
        "My cat had to be put down this morning.",
        "I'm so sorry. Losing them leaves such an ache.",
        True,
    ),
    (
        "peer support",
        "Nobody came to my birthday party.",
        "Oh, that must have stung. You deserved a room full of people.",
        True,
    ),
    (
        "peer support",
        "My mum finally said she's proud of me.",
        "Oh that's beautiful, I bet that meant the world to hear.",
        True,
    ),
    (
        "everyday",
        "I passed my driving test on the fourth go!",
        "Fourth time lucky! You must be buzzing.",
        True,
    ),
    (
        "peer support",
        "I keep having nightmares since the accident.",
        "That sounds frightening, night after night of reliving it.",
        True,
    ),
    (
        "peer support",
        "My son won't speak to me since the divorce.",
        "The heartache of that must be enormous.",
        True,
    ),
    (
        "peer support",
        "I've been so anxious I threw up before work.",
        "Your body's carrying so much fear right now, that's awful.",
        True,
    ),
    (
        "everyday",
        "Our flight home got cancelled and we're stuck in Lisbon.",
        "Oh no, what a nightmare with the kids in tow.",
        True,
    ),
    (
        "peer support",
        "I finally left him.",
        "That took so much courage. I'm really glad you're safe.",
        True,
    ),
    (
        "peer support",
        "My therapist said I'm making progress.",
        "What kind of therapy are you doing? I'm looking for one.",
        False,
    ),
    (
        "peer support",
        "I can't stop crying since my nan died.",
        "When my nan died I cried for weeks too, then I started volunteering.",
        False,
    ),
    (
        "peer support",
        "I hate my job and I'm scared to quit.",
        "Make a list of pros and cons and give yourself a deadline.",
        False,
    ),
    (
        "peer support",
        "I feel invisible at uni.",
        "Join a society, it's the easiest way to meet people.",
        False,
    ),
    (
        "everyday",
        "My phone screen cracked again.",
        "Mine's cracked too, the case I bought is useless.",
        False,
    ),
    (
        "peer support",
        "I've been having intrusive thoughts.",
        "Intrusive thoughts are really common in OCD, look up ERP therapy.",
        False,
    ),
    (
        "peer support",
        "I'm worried I'm a bad parent.",
        "Have you talked to your health visitor about it?",
        False,
    ),
    ("everyday", "I'm so excited for the concert tonight!", "What time do the doors open?", False),
    (
        "peer support",
        "I'm struggling with motivation.",
        "I'm so tired today too, didn't sleep at all.",
        False,
    ),
    (
        "peer support",
        "My partner forgot our anniversary.",
        "Honestly men are like that, mine forgets everything.",
        False,
    ),
    (
        "peer support",
        "I had a panic attack on the bus.",
        "Breathing exercises help, try four in, hold for seven, out for eight.",
        False,
    ),
    (
        "everyday",
        "The kids have been a nightmare all day.",
        "The park near us has a new playground if that helps tomorrow.",
        False,
    ),
    ("peer support", "I got rejected from another job.", "What sector are you applying in?", False),
]

#: Written after the second block's read: feelings said sideways.
THIRD_BLOCK: list[Case] = [
    (
        "chat",
        "I've rung four times and every time I get cut off after 40 minutes.",
        "Forty minutes and then cut off, four times over. No wonder you've had it up to here.",
        True,
    ),
    (
        "email",
        "My late husband's name is still on every letter you send me.",
        (
            "Seeing his name on every letter must reopen it each time, and I'm sorry we've "
            "added to that."
        ),
        True,
    ),
    (
        "phone",
        "The surgery keeps moving my appointment and I'm in agony with my tooth.",
        "Being in that much pain while the date keeps slipping, that's miserable.",
        True,
    ),
    (
        "chat",
        "My card was cloned and they emptied my account.",
        "What a violating thing to happen, you must feel really shaken.",
        True,
    ),
    (
        "social",
        "Just got told my holiday refund will take 90 days. I've got bills.",
        "Ninety days when the bills are due now is a real weight to carry, we hear you.",
        True,
    ),
    (
        "chat",
        "The wedding cake arrived squashed. The wedding is in 3 hours.",
        "Oh my goodness, three hours before the wedding, your heart must have dropped.",
        True,
    ),
    (
        "email",
        "I was told my claim was approved and then it was declined.",
        "Being told yes and then no is a horrible rollercoaster, and that's on us.",
        True,
    ),
    (
        "phone",
        "I've just been made redundant and I can't pay this month.",
        "That's a massive shock to absorb, let's take the payment worry off your plate first.",
        True,
    ),
    (
        "chat",
        "Finally!!! The parcel turned up after three weeks!",
        "Three weeks of waiting, then finally! Bet that felt sweet.",
        True,
    ),
    (
        "social",
        "You lost my luggage with my medication in it.",
        "Being without your medication abroad is frightening, we're on it right now.",
        True,
    ),
    (
        "chat",
        "Honestly I'm livid, this is the fifth wrong item.",
        "Five wrong items would drive anyone up the wall.",
        True,
    ),
    (
        "email",
        "Our little one got her passport just in time for the trip!",
        "Just in time! Enjoy every second, what a lovely trip to have ahead.",
        True,
    ),
    (
        "phone",
        "I'm a bit embarrassed, I think I broke it myself.",
        "Please don't feel bad, honestly it happens all the time.",
        True,
    ),
    (
        "chat",
        "I'd like to cancel my subscription.",
        "I'm sorry to see you go! I've cancelled it from today.",
        False,
    ),
    (
        "email",
        "Where's my order?",
        "I'm thrilled to let you know your order shipped this morning!",
        False,
    ),
    (
        "phone",
        "Can I pay by card over the phone?",
        "I'm afraid we can only take payment online.",
        False,
    ),
    ("chat", "This is taking forever.", "Thank you for bearing with me, nearly there.", False),
    (
        "chat",
        "Your site logged me out mid-payment.",
        "Oof, the login timeout is painfully short, we've raised it with the devs.",
        False,
    ),
    (
        "social",
        "Why is my bill higher this month?",
        "Good news! It's the annual price change, which is actually smaller than last year's.",
        False,
    ),
    (
        "email",
        "I need the receipt for my expenses.",
        "No worries at all, receipt attached. Have a fab day!",
        False,
    ),
    (
        "chat",
        "I'm so stressed, the boiler's making a banging noise.",
        (
            "Turn the boiler off at the switch and don't use it until the engineer arrives "
            "tomorrow at 9."
        ),
        False,
    ),
    (
        "phone",
        "I'm really upset about this.",
        "I understand you'd like a refund, can I take your order number?",
        False,
    ),
    (
        "chat",
        "The toaster caught fire!",
        "Please unplug it and don't use it again. Can you send a photo of the serial plate?",
        False,
    ),
    (
        "social",
        "Loving the new store layout!",
        "Glad you like it! Pop in on Saturday for free samples.",
        False,
    ),
    (
        "email",
        "My direct debit failed.",
        "Direct debits fail when the bank details change. Please update them in your account.",
        False,
    ),
    (
        "peer support",
        "I moved back in with my parents at 30 and feel like a failure.",
        "Moving back isn't failing, but I get why it stings when everyone seems ahead.",
        True,
    ),
    (
        "peer support",
        "My dog came home from surgery and he's wagging his tail.",
        "Oh my heart! Give him a gentle cuddle from me.",
        True,
    ),
    (
        "peer support",
        "I told my boss about my depression and she was lovely about it.",
        "That's such a relief to read, you were brave to tell her.",
        True,
    ),
    (
        "peer support",
        "Three miscarriages in two years.",
        (
            "I'm so sorry. That's a grief that doesn't get talked about enough, and it's "
            "okay to still be in it."
        ),
        True,
    ),
    (
        "everyday",
        "I just found out I'm going to be a grandad!",
        "Oh wow, grandad! Congratulations, that's huge news.",
        True,
    ),
    (
        "peer support",
        "I keep replaying the argument in my head.",
        (
            "That replay loop is so draining, your brain trying to fix something that's "
            "already happened."
        ),
        True,
    ),
    (
        "peer support",
        "I've been clean for a week but the cravings are brutal.",
        "A week is real, and the cravings being brutal doesn't take that away. Hang in there.",
        True,
    ),
    (
        "peer support",
        "My friends all have kids now and I feel left behind.",
        "That feeling of being left behind is so common and it still hurts.",
        True,
    ),
    (
        "peer support",
        "I finally got the courage to go to a support group.",
        "That first step is the hardest one, I'm so glad you went.",
        True,
    ),
    (
        "everyday",
        "My team lost the final in the last minute.",
        "Noooo, that's cruel. In the last minute as well.",
        True,
    ),
    (
        "peer support",
        "My anxiety is through the roof since the layoffs were announced.",
        "Waiting on layoff news is its own kind of torture, no wonder you're on edge.",
        True,
    ),
    (
        "peer support",
        "I just can't face opening my post.",
        "Letters piling up can feel like a wall of dread, you're not the only one.",
        True,
    ),
    (
        "peer support",
        "I feel like I'm drowning at work.",
        "Have you spoken to HR about your workload?",
        False,
    ),
    (
        "peer support",
        "I've been grieving my grandad for a year now.",
        "My grandad died last year too, we were close.",
        False,
    ),
    (
        "peer support",
        "I'm nervous about starting meds.",
        "Sertraline made me sleepy for the first two weeks.",
        False,
    ),
    ("everyday", "My flatmate never cleans up.", "Make a rota and stick it on the fridge.", False),
    (
        "peer support",
        "I've been really lonely this winter.",
        "The community centre on Elm Street does a Tuesday lunch club.",
        False,
    ),
    (
        "peer support",
        "I'm so scared about my scan on Monday.",
        "What time is it? I'm at the same hospital that day.",
        False,
    ),
    (
        "everyday",
        "I got a parking ticket outside my own house.",
        "You can appeal it online within 28 days.",
        False,
    ),
    (
        "peer support",
        "My sister said I'm too sensitive.",
        "Maybe she has a point, you do react to things strongly.",
        False,
    ),
    (
        "peer support",
        "I feel guilty for taking a sick day.",
        "Everyone takes sick days, just get back to it tomorrow.",
        False,
    ),
    ("everyday", "Work was stressful today.", "Mine was fine, quiet day actually.", False),
    (
        "peer support",
        "I've lost all motivation to study.",
        "Try the pomodoro method, 25 minutes on and 5 off.",
        False,
    ),
    (
        "peer support",
        "My ex posted pictures with her new boyfriend.",
        "Block her on everything and move on, she's not worth it.",
        False,
    ),
]

#: Written after the third block was mended, then read once.
FOURTH_BLOCK: list[Case] = [
    (
        "chat",
        "The hotel gave our room away and we arrived at midnight with two kids.",
        (
            "Arriving at midnight with two tired kids and no room, that's the stuff of "
            "nightmares. I'm finding you a room now."
        ),
        True,
    ),
    (
        "phone",
        "I've been trying to get my late mum's phone contract closed for two months.",
        (
            "Two months of this while you're grieving, I'm so sorry. I'll close it today and "
            "you won't need to call again."
        ),
        True,
    ),
    (
        "email",
        "The gas was cut off by mistake and my elderly dad was cold all night.",
        ("The thought of your dad cold all night is awful, and I'm sorry our mistake caused it."),
        True,
    ),
    (
        "chat",
        "Got my visa approved, we're moving to Canada!!",
        "Canada! What an adventure, you must be giddy.",
        True,
    ),
    (
        "social",
        "Sat on the 7:42 for an hour outside Reading. Missed my interview.",
        "Missing an interview because of us is gutting, and we're so sorry.",
        True,
    ),
    (
        "chat",
        "It's the third time I've explained this to someone.",
        (
            "Having to tell it all again is wearing, you shouldn't have to. I've read the "
            "notes so you won't."
        ),
        True,
    ),
    (
        "phone",
        "I'm shaking, I think someone has used my account.",
        (
            "That's a frightening thing to find, let's lock the account first and then look "
            "together."
        ),
        True,
    ),
    (
        "email",
        "My son's birthday present arrived broken and the party's tomorrow.",
        (
            "Oh no, the night before his party, that's such a sinking feeling. I'll send a "
            "new one by courier today."
        ),
        True,
    ),
    (
        "chat",
        "I finally paid off the loan!",
        "Debt free! That must feel incredible, well done you.",
        True,
    ),
    (
        "social",
        "Been on hold 2 hours with your helpline. I'm losing the will to live.",
        (
            "Two hours on hold would test anyone's patience, sorry. DM us your number and "
            "we'll call you."
        ),
        True,
    ),
    (
        "chat",
        "I'm honestly scared to open my bill this month.",
        (
            "That dread is completely understandable after last month's surprise. Let's look "
            "at it together first."
        ),
        True,
    ),
    (
        "phone",
        "We've had no water since Tuesday.",
        "Since Tuesday, with no water, that must be so hard day to day.",
        True,
    ),
    (
        "email",
        "I've been off work with stress and this bill error has made it worse.",
        "I'm sorry this has piled on while you're already under so much strain.",
        True,
    ),
    (
        "chat",
        "Is the warranty two years or three?",
        "I'm glad to say it's three years on this model.",
        False,
    ),
    (
        "phone",
        "Can I get a quote for contents insurance?",
        "Absolutely, I'd be delighted to run one for you.",
        False,
    ),
    (
        "email",
        "Please remove me from the mailing list.",
        "Sorry to see you go, you've been unsubscribed.",
        False,
    ),
    ("chat", "Hello?", "Apologies for the delay, I'm just pulling up your account.", False),
    ("chat", "Is the store open on Sunday?", "I'm afraid not, we're closed Sundays.", False),
    (
        "social",
        "Is there parking at the venue?",
        "Yes! There's a car park behind the venue, it's free after 6.",
        False,
    ),
    (
        "chat",
        "The app keeps crashing on login.",
        "That crash is a nasty one, it's fixed in version 4.2 which is out today.",
        False,
    ),
    (
        "email",
        "I want a refund.",
        "Refunds take 5-7 working days once the item is back with us.",
        False,
    ),
    (
        "phone",
        "This is the worst service I've ever had.",
        "I'll need your account number before I can discuss the account.",
        False,
    ),
    (
        "chat",
        "Can I change my seat?",
        "Great news, there's a window seat free in row 12. Shall I move you?",
        False,
    ),
    (
        "social",
        "My parcel says delivered but it's not here.",
        "Please check with neighbours and in safe places, then DM us if it's still missing.",
        False,
    ),
    ("chat", "I'm so frustrated.", "Okay. What's the order number?", False),
    (
        "peer support",
        "I graduated today, first in my family.",
        "First in your family! That's enormous, you should be so proud.",
        True,
    ),
    (
        "peer support",
        "I feel like I'm failing at everything since the baby came.",
        "You're not failing, you're in the thick of it. The newborn fog is real.",
        True,
    ),
    (
        "peer support",
        "My father doesn't remember my name anymore.",
        "Being forgotten by your own dad is a heartache like no other.",
        True,
    ),
    (
        "peer support",
        "I've been isolating and my friends stopped inviting me.",
        "Ugh, that's a lonely spiral, and it's so hard to break out of.",
        True,
    ),
    ("everyday", "I got engaged last night!", "Eeee congratulations!! Tell me everything!", True),
    (
        "peer support",
        "My mum's cancer is back.",
        "Oh no. I'm so sorry, that's devastating news.",
        True,
    ),
    (
        "peer support",
        "My dog ran away during the fireworks.",
        "You must be frantic. Have you put it on the local lost pets page?",
        True,
    ),
    (
        "peer support",
        "I said something stupid at work and can't stop cringing.",
        "Ah, the cringe spiral, everyone's been there and it really does fade.",
        True,
    ),
    (
        "peer support",
        "The adoption went through, she's officially ours!",
        "Officially yours! That gave me goosebumps, congratulations.",
        True,
    ),
    (
        "peer support",
        "I haven't slept properly in weeks.",
        "Weeks without proper sleep would wear anyone down, you must be running on fumes.",
        True,
    ),
    (
        "peer support",
        "I finally said no to my boss.",
        "Look at you setting boundaries! That can't have been easy.",
        True,
    ),
    ("everyday", "Someone keyed my car last night.", "What a horrible thing to wake up to.", True),
    (
        "peer support",
        "I've been feeling really down.",
        "Do you exercise? Running changed my life.",
        False,
    ),
    (
        "peer support",
        "I lost my wallet with my pay in it.",
        "Have you reported it to the police? You'll need a crime number.",
        False,
    ),
    (
        "peer support",
        "I'm dreading Christmas with my family.",
        "We're doing Christmas at my in-laws this year, can't wait.",
        False,
    ),
    ("everyday", "I think I'm getting the flu.", "Lemsip and bed, that's all you can do.", False),
    (
        "peer support",
        "My counsellor cancelled on me again.",
        "Counsellors are so overbooked, it's a sad state of affairs.",
        False,
    ),
    (
        "peer support",
        "I'm terrified of flying next week.",
        "Statistically it's the safest way to travel.",
        False,
    ),
    ("everyday", "I burnt the dinner.", "Order a pizza, problem solved.", False),
    (
        "peer support",
        "I keep comparing myself to others on Instagram.",
        "Delete the app for a week and see how you feel.",
        False,
    ),
    (
        "peer support",
        "My partner is angry with me all the time.",
        "I'm angry with my partner too, he never listens.",
        False,
    ),
    ("peer support", "I'm so happy, I got the flat!", "Which area is it in?", False),
    ("everyday", "The kids are finally asleep.", "Did you watch the match?", False),
    ("peer support", "I'm anxious about my test results.", "When do you get them?", False),
    (
        "peer support",
        "Failed my driving test again.",
        "Examiners are harsh in that centre, try a different one.",
        False,
    ),
]

#: Written after the last change, read once and never mended.
FIFTH_BLOCK: list[Case] = [
    (
        "chat",
        "My wife's wheelchair van broke down on the motorway and recovery said 4 hours.",
        (
            "Four hours on a motorway hard shoulder with a wheelchair user, that's genuinely "
            "scary. I'm getting you a priority slot."
        ),
        True,
    ),
    (
        "phone",
        "I've been paying for a broadband line that was never connected, for a year.",
        "A year of paying for nothing, I'd be seething. Let's get every penny back.",
        True,
    ),
    (
        "email",
        "Our dog was supposed to fly with us and the airline refused him at the gate.",
        "Being split from your dog at the gate must have been awful for all of you.",
        True,
    ),
    (
        "chat",
        "The landlord finally fixed the mould, my son can breathe properly again!",
        "Oh that's such good news, what a difference that'll make for him.",
        True,
    ),
    (
        "social",
        "Stuck at the airport, third delay tonight, kids asleep on the floor.",
        (
            "Kids asleep on the floor at midnight is no way to travel, we're so sorry. Hotel "
            "vouchers are at desk 4."
        ),
        True,
    ),
    (
        "chat",
        "Honestly I'm close to tears, I just want my money back.",
        "I can hear how much this has worn you down, and I'm going to sort the refund now.",
        True,
    ),
    (
        "phone",
        "I'm worried sick, my mum's pendant alarm isn't working.",
        "That's a scary thought when she lives alone. I'll get an engineer out today.",
        True,
    ),
    (
        "email",
        "I've written five emails and nobody has replied.",
        "Five emails into silence would make anyone feel ignored, and I'm sorry.",
        True,
    ),
    (
        "chat",
        "We've just had twins!!",
        "Twins! Double congratulations, you must be over the moon and exhausted all at once.",
        True,
    ),
    (
        "social",
        "Your driver shouted at my elderly father.",
        "That must have been really upsetting for him and for you. Please DM us the details.",
        True,
    ),
    (
        "chat",
        "I lost my job and can't afford the contract now.",
        (
            "I'm sorry, that's a really stressful position to be in. Let's look at what we "
            "can pause."
        ),
        True,
    ),
    (
        "phone",
        "I've finally got the keys to my first flat.",
        "Ah, that's a proud moment! Let's get your broadband booked in.",
        True,
    ),
    (
        "chat",
        "The replacement is also broken. I give up.",
        "Two broken in a row is enough to make anyone want to give up, I'm sorry.",
        True,
    ),
    (
        "chat",
        "Do you deliver to Jersey?",
        "Happy to help! Yes, we deliver to Jersey, it takes 3-5 days.",
        False,
    ),
    (
        "email",
        "Can I change the name on my booking?",
        "I'm pleased to say name changes are free up to 48 hours before.",
        False,
    ),
    (
        "phone",
        "Is there a fee to cancel?",
        "I'm afraid there's a £10 fee within 14 days of travel.",
        False,
    ),
    (
        "chat",
        "Hi, still waiting.",
        "Apologies for keeping you, I'm back now. Just checking the tracking.",
        False,
    ),
    (
        "social",
        "How do I reset my password?",
        "Great question! Tap 'Forgot password' on the login screen.",
        False,
    ),
    ("chat", "The parcel arrived.", "Perfect, I'll close the ticket then.", False),
    (
        "email",
        "I'm annoyed that the price went up.",
        "The price rise was announced in March and applies to all plans.",
        False,
    ),
    (
        "chat",
        "I'm really worried about my data.",
        "Your data is encrypted and stored in the UK.",
        False,
    ),
    ("phone", "This is absolutely disgraceful.", "Calm down and I'll see what I can do.", False),
    (
        "chat",
        "The website keeps freezing.",
        (
            "Ugh, our website's been a nightmare since the update, clearing your cache "
            "should fix it."
        ),
        False,
    ),
    ("social", "Is the new flavour vegan?", "It is! We're so excited about this one.", False),
    (
        "email",
        "Please confirm my appointment.",
        "Confirmed for Tuesday at 10. We look forward to seeing you!",
        False,
    ),
    (
        "peer support",
        "I told my friends about my diagnosis and they've gone quiet.",
        "That silence after you've opened up can feel so lonely.",
        True,
    ),
    (
        "peer support",
        "I ran my first 5k without stopping!",
        "Yesss! That's such a win, you must be buzzing.",
        True,
    ),
    (
        "peer support",
        "My brother died by suicide last year and I still can't talk about it.",
        "I'm so sorry. That kind of loss is so heavy, and there's no timetable for talking.",
        True,
    ),
    (
        "peer support",
        "I can't stop crying at work.",
        "It sounds like you're carrying so much right now, that's exhausting.",
        True,
    ),
    (
        "everyday",
        "I finally got my citizenship today!",
        "Oh wow, after all those years! That must feel incredible.",
        True,
    ),
    (
        "peer support",
        "I feel so stupid for trusting him.",
        "You're not stupid, you trusted someone you loved. That betrayal is on him.",
        True,
    ),
    (
        "peer support",
        "My parents are divorcing after 30 years.",
        "That's a huge shake-up at any age, it's okay to feel knocked sideways.",
        True,
    ),
    (
        "peer support",
        "I've been having flashbacks again.",
        "Flashbacks are so frightening, I'm sorry they're back.",
        True,
    ),
    (
        "peer support",
        "I finally got a diagnosis after six years.",
        "Six years of not knowing! The relief must be huge.",
        True,
    ),
    (
        "everyday",
        "Our house flooded last night.",
        "Oh no, what a horrible thing to come home to. Is everyone okay?",
        True,
    ),
    (
        "peer support",
        "I'm terrified my depression is coming back.",
        "That fear makes so much sense after what you've been through.",
        True,
    ),
    (
        "peer support",
        "I managed to leave the house today.",
        "That's a big deal, well done. Some days that takes everything.",
        True,
    ),
    (
        "peer support",
        "I feel like no one would notice if I disappeared.",
        "Have you got a GP appointment coming up?",
        False,
    ),
    (
        "peer support",
        "My partner cheated.",
        "Statistically most couples don't survive that.",
        False,
    ),
    (
        "peer support",
        "I'm anxious about a job interview.",
        "Research the company and prepare three questions.",
        False,
    ),
    ("everyday", "I've got a cold.", "Me too, it's going round the office.", False),
    (
        "peer support",
        "I'm so overwhelmed with uni.",
        "I had four deadlines this week and survived, you'll manage.",
        False,
    ),
    ("peer support", "My dog is old and slowing down.", "How old is he? Mine is twelve.", False),
    ("peer support", "I hate how I look.", "Have you tried going to the gym?", False),
    ("everyday", "The train was late again.", "The trains have been a sad joke this year.", False),
    (
        "peer support",
        "I'm grieving my nan.",
        "I lost my nan in 2019, I was a mess for months.",
        False,
    ),
    ("peer support", "I feel empty all the time.", "Have you checked your vitamin D?", False),
    ("peer support", "I finally quit smoking!", "How did you do it? I've tried patches.", False),
    ("everyday", "I'm nervous about the dentist.", "I'm going on Thursday too.", False),
    (
        "peer support",
        "I got bullied at school today.",
        "Tell a teacher, they have to act on it.",
        False,
    ),
]

#: Each block's floors: precision, recall, F1 (a little under what the rules now score).
FLOORS = {
    "first": (FIRST_BLOCK, 0.92, 0.92, 0.94),
    "second": (SECOND_BLOCK, 0.95, 0.95, 0.96),
    "third": (THIRD_BLOCK, 0.92, 0.95, 0.95),
    "fourth": (FOURTH_BLOCK, 0.95, 0.88, 0.93),
    "fifth": (FIFTH_BLOCK, 0.92, 0.8, 0.86),
}


@pytest.mark.parametrize(("block", "precision", "recall", "f1"), FLOORS.values(), ids=FLOORS)
def test_each_block_holds_its_floor(
    block: list[Case], precision: float, recall: float, f1: float
) -> None:
    scores = feelings_scores(block)
    shortfall = min(scores.precision - precision, scores.recall - recall, scores.f1 - f1)
    assert shortfall >= 0, scores.summary()


def test_the_blocks_are_balanced_and_span_the_settings() -> None:
    assert_balanced([(block, 49) for block, *_ in FLOORS.values()])


#: (the other person's turn, the reply, acknowledged?): the kinds this round added, and
#: their look-alikes. The session's starting rules missed every True case and took the
#: last three False ones.
KINDS: dict[str, tuple[str, str, bool]] = {
    "a feeling noun after that kind of": (
        "My dad has dementia and doesn't recognise me any more.",
        "That kind of grief, while he's still here, is so hard.",
        True,
    ),
    "the worry of not knowing": (
        "I'm so anxious about the biopsy results.",
        "The worry of not knowing is often the hardest part.",
        True,
    ),
    "it's a feeling noun": (
        "My dog died yesterday and the house feels so empty.",
        "It's a grief people don't always take seriously.",
        True,
    ),
    "an idiom of ordeal in the second person": (
        "I've had three engineers out and it still doesn't work.",
        "You've been through the mill with this one.",
        True,
    ),
    "an idiom of joy after their news": (
        "My son got into university!",
        "I bet you're walking on air!",
        True,
    ),
    "must hurt with a noun subject": (
        "My sister hasn't spoken to me since the funeral.",
        "That silence must hurt so much.",
        True,
    ),
    "it still hurts": (
        "My friends all have kids now and I feel left behind.",
        "That's so common, and it still hurts.",
        True,
    ),
    "validating why it stings": (
        "I moved back in with my parents at 30.",
        "I get why it stings when everyone seems ahead.",
        True,
    ),
    "being moved by their news": (
        "My dog came home from surgery wagging his tail.",
        "Oh my heart! Give him a cuddle from me.",
        True,
    ),
    "a burden idiom after is": (
        "My refund will take 90 days and I've got bills.",
        "Ninety days when the bills are due is a real weight to carry.",
        True,
    ),
    "an imagined past joy": (
        "Finally!!! The parcel turned up after three weeks!",
        "Bet that felt sweet.",
        True,
    ),
    "a feeling word VADER lacks": (
        "Got my visa approved, we're moving to Canada!!",
        "What an adventure, you must be giddy.",
        True,
    ),
    "a gerund subject before a feeling noun": (
        "My father doesn't remember my name anymore.",
        "Being forgotten by your own dad is a heartache like no other.",
        True,
    ),
    "an idiom of being in the middle of it": (
        "I feel like I'm failing at everything since the baby came.",
        "You're not failing, you're in the thick of it.",
        True,
    ),
    "a feeling word kept from a task": (
        "Can I swap it for the new model?",
        "You must be impatient to get the new one, so I've sent it already.",
        False,
    ),
    "the speaker's own past joy": (
        "We're off to Rome next week!",
        "We went last spring and that was nice.",
        False,
    ),
    "a burden idiom about a third party": (
        "How was the hospital?",
        "The nurses were stretched so thin that nobody came for an hour.",
        False,
    ),
    "a noun test, not a feeling": (
        "Is the release done?",
        "The stress test failed on the staging server, so not yet.",
        False,
    ),
    "a negated kind of noun": (
        "It's the worst pain I've had.",
        "An infection is not the sort of pain that helps anyone.",
        False,
    ),
    "the speaker's own fear": (
        "How was your week?",
        "The fear of losing my job kept me up all week.",
        False,
    ),
    "an idiom of joy said to sell": (
        "Will the update help with battery life?",
        "You'll be over the moon with the new features.",
        False,
    ),
    "the speaker's own idiom": (
        "Any news on the rollout?",
        "I'm over the moon with the new system, it's so much faster.",
        False,
    ),
    "attending, not siding": (
        "Hello? Is anyone there?",
        "I'm with you now, sorry for the wait.",
        False,
    ),
    "a sympathy token about the agent's own screen": (
        "My order number is 55120.",
        "Oh dear, my screen has frozen, one second.",
        False,
    ),
    "minimising before reassurance": (
        "I've been anxious about my exam.",
        "Just stop worrying about it, you'll be fine.",
        False,
    ),
}


@pytest.mark.parametrize(("context", "text", "expected"), KINDS.values(), ids=KINDS)
def test_nouns_idioms_and_their_look_alikes(context: str, text: str, expected: bool) -> None:
    assert acknowledged(context, text) is expected


def test_a_positive_idiom_or_noun_needs_their_news() -> None:
    assert affect_spans("What a relief that must be.", "The parcel finally arrived!")
    assert not affect_spans("What a relief that must be.", "Can you check my parcel?")
    assert affect_spans("You must be walking on air.", "We got the keys today!")
    assert not affect_spans("You must be walking on air.", "Where is my order?")

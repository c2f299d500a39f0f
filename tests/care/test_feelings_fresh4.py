"""A fourth fresh check for `acknowledges_feelings`: feeling words the lexicon never listed.

Replies written for this test, each with the other person's turn before it, from service
chat, e-mail, phone, social-media care, everyday talk and peer support. Not taken from any
labelled corpus. Earlier rounds mended each block's misses with phrase families that
carried over little to the next block's wording; this round added a broad vocabulary in a
few frames instead (`care.affect`: the vaderSentiment lexicon's strong words, less the
words of service talk, in "that sounds so <word>", "you must be <word>", "how <word>!",
"what a <word> thing", "being … is <word>"), with positive words counted only after the
other person's news ("that's brilliant" after "I got the job!", not after "can I move
it to Friday?").

Not an acknowledgement: agreement with a plan or a product ("perfect, Friday it is",
"it's brilliant in heavy rain"), the speaker's own story ("I was so annoyed when that
happened to my own card"), a task's difficulty ("hard to say without your policy
number"), a feeling word about a product ("the new layout is a bit confusing"), plain
answers to an upset customer, and dismissal ("calm down", "sorry you feel that way").

Each block was labelled before the detector read it. First reads: the first block (52
rows), read by the session's starting rules, F1 0.939 (P 1.00, R 0.885); after the affect
frames 0.980. The second block (53 rows, different wording), written after that, F1 0.923
(P 0.96, R 0.89), exactly what the starting rules read on it: the frames found nothing
there the phrase families had not; after mending its misses (a frame at "sounds" without
its subject, a gerund subject "being bounced around is miserable", "how lovely that…")
0.982; its one wrong row then, a feeling word about the service found by an older phrase
("That's a terrible connection on our end"), is now cancelled by a look-alike. The third
block (52 rows, more peer support and everyday talk), written after the second was mended,
F1 0.917 (P 1.00, R 0.85), against 0.818 (P 1.00, R 0.69) from the starting rules: the
frames carried over here ("that's cruel", "that's savage", "how miserable", "losing
wedding photos is devastating"). Mended after that read: the feeling words VADER scores
weakly or lacks ("alarming", "worried", "nervous", "excited") taken from the lexicon's own
families, a longer gerund subject, a drawn-out "noooo"; left as they are: a feeling as a
noun ("it's a grief people don't talk about") and joy without a feeling word ("Best thing
we've read all week"). Then 0.960; the first two blocks 1.000. The fourth block (52 rows,
e-mail, phone and counselling-like replies), written after the third was mended, F1 0.851
(P 0.95, R 0.77), against 0.714 (P 0.94, R 0.58) from the starting rules. Mended after
that read: "must be unbearable" with no subject (negative words only), "that fear makes
complete sense" (the validation family took only "your"), "not embarrassing at all", and
"is Saturday morning good for you?" (a question of convenience, not pride); then 0.939.
Left: "that guilt sounds so heavy to carry", "family fallouts are the worst", and joy
after news that names no feeling ("This is wonderful to read"). The fifth block (52 rows),
written after the fourth was mended, F1 0.894 (P 1.00, R 0.81), against 0.870 (P 1.00, R
0.77) from the starting rules. Mended after that read: a subject of any kind before
"is/are <feeling -ing word>" ending the clause ("two broken deliveries in a row is
demoralising"; negative words only), British spellings of VADER's words ("agonising"),
"choice" and "decision" as the situation; then 0.960. Left: "is wearing", "what a touching
thing to read" (words VADER lacks). The sixth block (52 rows), written after the fifth was
mended, F1 0.875 (P 0.95, R 0.81), against 0.800 (P 0.95, R 0.69) from the starting rules.
Mended after that read: an emoji of feeling in their news lets a word of agreement share
their joy ("That's so lovely to hear" after "…my lost ring ❤️"), and "a frustrating bug"
is a verdict on a thing; then 0.917. Tried and dropped: any negative word after "is/are"
(dev F1 0.841 -> 0.828: the responder's own or a third party's state, "is selfish", "are
worried"). So the first reads of new blocks went 0.923, 0.917, 0.851, 0.894, 0.875 where
the starting rules read 0.923, 0.818, 0.714, 0.870, 0.800.
"""

from __future__ import annotations

import pytest

from legendary.care.affect import affect_spans, vocabulary

from .test_feelings_fresh2 import Case, acknowledged, assert_balanced, feelings_scores

#: Written and labelled first, then read once by the session's starting rules; the affect
#: frames were written after it.
FIRST_BLOCK: list[Case] = [
    (
        "chat",
        "My parcel was left in the rain and the gift inside is ruined.",
        "Oh, that's gutting, especially when it was a present.",
        True,
    ),
    (
        "email",
        "This is the third time my direct debit has been taken twice.",
        "Having money taken twice, three times over, must be maddening.",
        True,
    ),
    (
        "phone",
        "I've been trying to get my mum's account closed since she died.",
        "I'm so sorry about your mum, and that this has dragged on while you're grieving.",
        True,
    ),
    (
        "social",
        "@Brand my flight got cancelled and I'm stuck at Schiphol with two kids",
        "That's a horrible spot to be in with little ones, we're looking at options now.",
        True,
    ),
    ("everyday", "I got the job!!", "No way, that's brilliant news! You totally earned it.", True),
    (
        "peer support",
        "My therapist is retiring and I've seen her for six years.",
        "Six years is a long bond, no wonder it feels like a loss.",
        True,
    ),
    (
        "chat",
        "I'm honestly dreading the move next week.",
        "Dreading it makes sense, moving is one of the most stressful things there is.",
        True,
    ),
    (
        "everyday",
        "We had to cancel the wedding.",
        "Oh love, how heartbreaking after all that planning.",
        True,
    ),
    (
        "email",
        "I was embarrassed when my card was refused at your checkout.",
        "Being refused at a till is mortifying, and I'm sorry it happened with us.",
        True,
    ),
    (
        "peer support",
        "Three months sober today.",
        "Three months! That's huge, you should be really proud.",
        True,
    ),
    (
        "social",
        "Waited in all day for the engineer and nobody came. Again.",
        "A whole day lost, again. That's infuriating and we get why you're cross.",
        True,
    ),
    (
        "phone",
        "I'm shaking, I thought I'd lost all my photos.",
        "Take a breath, that's a scary thing to think. They're safe, I can see them here.",
        True,
    ),
    (
        "chat",
        "Finally got the refund, thank you so much!",
        "Yay, so pleased for you! Enjoy treating yourself.",
        True,
    ),
    (
        "everyday",
        "My son didn't get into the school we wanted.",
        "Ah, what a blow. How's he taking it?",
        True,
    ),
    (
        "peer support",
        "I feel invisible at work.",
        "Feeling invisible is such a lonely place to be.",
        True,
    ),
    (
        "email",
        "I'm anxious about the surgery on Thursday.",
        "Pre-op nerves are so normal, and you're in very good hands on Thursday.",
        True,
    ),
    (
        "chat",
        "My account was hacked and they emptied it.",
        "That's a horrible feeling, knowing someone's been in your account.",
        True,
    ),
    (
        "social",
        "Lost my luggage on honeymoon 😭",
        "Nooo, not on your honeymoon! We're on it.",
        True,
    ),
    (
        "phone",
        "I'm at the end of my rope with this broadband.",
        "You sound worn out with it, and honestly who wouldn't be.",
        True,
    ),
    ("everyday", "The dog ate my birthday cake.", "Haha oh no, poor you! And poor cake.", True),
    (
        "peer support",
        "I keep messing up at my new job.",
        (
            "The first months anywhere are brutal, you're being harder on yourself "
            "than anyone else is."
        ),
        True,
    ),
    (
        "email",
        "We've been without hot water for nine days with a newborn.",
        "Nine days without hot water with a newborn sounds utterly exhausting.",
        True,
    ),
    (
        "chat",
        "I'm so relieved it arrived in time for the party.",
        "What a relief! I hope the party is wonderful.",
        True,
    ),
    (
        "social",
        "Your app deleted my streak of 400 days.",
        "400 days gone, that's painful. Let me see if we can restore it.",
        True,
    ),
    (
        "peer support",
        "My dad doesn't talk to me since I came out.",
        "That kind of silence from a parent is so painful. You deserve his love as you are.",
        True,
    ),
    (
        "everyday",
        "I had to put my horse down yesterday.",
        "Oh sweetheart. I'm heartbroken for you.",
        True,
    ),
    (
        "chat",
        "Can I move my delivery to Friday?",
        "Perfect, Friday it is. You'll get a text with the slot.",
        False,
    ),
    (
        "chat",
        "I'll take the blue one then.",
        "Great choice, I'll add it to your basket now.",
        False,
    ),
    (
        "email",
        "Please cancel my subscription.",
        "Sorry to see you go. Your subscription ends on 3 March.",
        False,
    ),
    (
        "phone",
        "I'm furious, the bill is wrong again.",
        "Can you read me the account number on the top right of the bill?",
        False,
    ),
    (
        "social",
        "Does the store open on Sunday?",
        "Yes, 10 till 4 on Sundays. See you there!",
        False,
    ),
    ("everyday", "Shall we do pizza tonight?", "Sounds good to me, I'll order at seven.", False),
    (
        "chat",
        "Where has the save button gone?",
        "Yes, the new layout is a bit confusing at first: the button moved to the top right.",
        False,
    ),
    (
        "email",
        "Could you send the invoice as a PDF?",
        "Happy to, attached now. Let me know if anything's missing.",
        False,
    ),
    (
        "peer support",
        "How do I get better at sleep?",
        "No screens after ten and the same wake-up time every day, even weekends.",
        False,
    ),
    (
        "everyday",
        "I'm thinking of learning guitar.",
        "I was so excited when I got my first guitar, I played it till my fingers bled.",
        False,
    ),
    (
        "chat",
        "The booking is for two adults and a dog.",
        "Lovely, dogs are welcome in all our ground-floor rooms.",
        False,
    ),
    (
        "phone",
        "I want to speak to a manager, this is a joke.",
        "I'll transfer you to my team leader now, please hold.",
        False,
    ),
    (
        "social",
        "Your delivery driver was so rude to me.",
        "Please DM us your order number and the time of delivery.",
        False,
    ),
    (
        "email",
        "I'm worried my data was in the breach.",
        "The breach affected accounts created before 2019; yours was created in 2021.",
        False,
    ),
    ("chat", "It works now!", "Excellent, that's the update doing its job.", False),
    ("everyday", "My flight lands at 6.", "Great, I'll be at arrivals with the car.", False),
    ("peer support", "I got dumped.", "Just get back on the apps, plenty more fish.", False),
    (
        "chat",
        "Is this jacket waterproof?",
        "It is, and it's brilliant in heavy rain. Our best seller.",
        False,
    ),
    (
        "phone",
        "I'm stressed, my passport hasn't arrived and I fly Monday.",
        "Calm down, passports usually arrive within ten working days.",
        False,
    ),
    (
        "email",
        "I've had enough of your service.",
        "We're sorry you feel that way. Our terms allow cancellation with 30 days' notice.",
        False,
    ),
    (
        "social",
        "What's your returns policy?",
        "Awesome question! 30 days, unworn, with the receipt.",
        False,
    ),
    ("everyday", "I'm so tired today.", "Me too, I was up at five with the baby.", False),
    (
        "chat",
        "The app is showing an error 503.",
        "Annoyingly that's on our side, the server is restarting; try again in ten minutes.",
        False,
    ),
    (
        "phone",
        "Can I pay by card?",
        "Absolutely, that's fine. Go ahead with the long number.",
        False,
    ),
    (
        "peer support",
        "Anyone know a good budgeting app?",
        "YNAB changed my life honestly, it's amazing.",
        False,
    ),
    (
        "email",
        "Please confirm my appointment.",
        "Wonderful, you're confirmed for Tuesday at 2pm with Dr Shah.",
        False,
    ),
]


#: Written after the first block was mended (different wording), then read once.
SECOND_BLOCK: list[Case] = [
    (
        "chat",
        "I've been locked out of my account for a week and my rent is due.",
        "A week locked out with rent looming sounds genuinely nerve-racking.",
        True,
    ),
    (
        "email",
        "My late husband's name is still on the bill and every letter upsets me.",
        "I'm truly sorry. Seeing his name on every letter must be incredibly painful.",
        True,
    ),
    (
        "phone",
        "I'm just so fed up with being passed around.",
        "Being bounced from team to team is miserable, and I'm going to keep hold of this myself.",
        True,
    ),
    (
        "social",
        "Missed my sister's wedding because of your delayed train.",
        "Missing your sister's wedding is heartbreaking, we're so sorry.",
        True,
    ),
    (
        "everyday",
        "I passed my viva!",
        "Doctor! That's incredible, you must be on cloud nine.",
        True,
    ),
    (
        "peer support",
        "My anxiety kept me home from my own birthday dinner.",
        "That's such a lonely feeling, missing your own celebration.",
        True,
    ),
    (
        "chat",
        "The cot you sent is missing screws and the baby arrives tomorrow.",
        "Oh no, the night before the baby comes? How stressful.",
        True,
    ),
    (
        "email",
        "We've finally completed on our first house!",
        "Congratulations on the keys! What a proud moment for you both.",
        True,
    ),
    (
        "phone",
        "I'm terrified they'll cut off my gas.",
        (
            "That's a frightening thought, and I want you to know that won't happen "
            "while we sort this."
        ),
        True,
    ),
    (
        "social",
        "Three hours on the tarmac with a toddler. Never again.",
        "Three hours with a toddler on a stuck plane is exhausting, we're sorry it went like that.",
        True,
    ),
    (
        "everyday",
        "My grandad doesn't recognise me anymore.",
        "That's devastating. I'm so sorry, that's one of the cruellest parts of dementia.",
        True,
    ),
    (
        "peer support",
        "I got into the art course I applied for!",
        "You absolute legend, that is fantastic news!",
        True,
    ),
    (
        "chat",
        "I'm mortified, I sent the payment to the wrong person.",
        "Please don't feel bad, it happens more than you'd think and we can try to recall it.",
        True,
    ),
    (
        "email",
        "I've been waiting six weeks for my pension transfer.",
        "Six weeks of waiting on your pension would wear anyone down.",
        True,
    ),
    (
        "phone",
        "My son was in hospital, that's why I missed the payment.",
        "Goodness, I hope he's doing better. Don't give the payment another thought today.",
        True,
    ),
    (
        "social",
        "Just found out the concert I drove 4 hours for is cancelled",
        (
            "Four hours of driving for nothing, that's gutting. DM us and we'll look at "
            "refunds and travel costs."
        ),
        True,
    ),
    (
        "everyday",
        "My boss took credit for my project in front of everyone.",
        "Ugh, that's so infuriating, you must have wanted to scream.",
        True,
    ),
    (
        "peer support",
        "It's the anniversary of my brother's death today.",
        "Thinking of you today. Anniversaries can hit so hard.",
        True,
    ),
    (
        "chat",
        "The replacement phone is also broken.",
        "Two faulty phones in a row is beyond annoying, I'm sorry.",
        True,
    ),
    (
        "email",
        "I'm nervous about using the new online system.",
        "New systems can feel daunting, so I'll walk you through it step by step.",
        True,
    ),
    (
        "phone",
        "I've just been diagnosed and I'm trying to sort my insurance.",
        "I'm sorry you're dealing with a diagnosis and paperwork at the same time; that's a lot.",
        True,
    ),
    (
        "social",
        "Your staff made my little girl's birthday so special!",
        "This made our whole team smile, how lovely that she had a great day!",
        True,
    ),
    (
        "everyday",
        "We lost the match in the last minute.",
        "Argh, last-minute losses are the cruellest.",
        True,
    ),
    (
        "peer support",
        "I finally told my parents I'm dropping out.",
        "That must have been terrifying to say out loud. How did they take it?",
        True,
    ),
    (
        "chat",
        "I feel stupid for falling for the scam.",
        "You're not stupid at all, these scams are designed to fool careful people.",
        True,
    ),
    (
        "email",
        "My wedding dress arrived torn two days before the wedding.",
        "What an awful thing to open two days before your big day.",
        True,
    ),
    (
        "phone",
        "I want to cancel, I'm moving abroad.",
        "How exciting! Your contract ends on the 30th and there's no fee.",
        True,
    ),
    (
        "chat",
        "Can you upgrade me to fibre?",
        "Brilliant, fibre is available at your address from next Tuesday.",
        False,
    ),
    (
        "email",
        "Please send me a copy of my contract.",
        "Of course, it's attached. The cooling-off period ends on the 14th.",
        False,
    ),
    ("phone", "I'd like to change my address.", "Lovely, what's the new postcode?", False),
    ("social", "Are you open on bank holidays?", "We are! Normal hours apply, 9 till 5.", False),
    ("everyday", "Let's meet at the station at 10.", "Sounds great, see you there.", False),
    (
        "peer support",
        "What helped you quit smoking?",
        "Nicotine patches and walking every time I had a craving.",
        False,
    ),
    (
        "chat",
        "My order says delivered but it's not here.",
        "Can you check with your neighbours and your safe place first?",
        False,
    ),
    (
        "email",
        "I'm unhappy with the repair.",
        "The repair was completed under warranty on 3 May; the report is attached.",
        False,
    ),
    (
        "phone",
        "This is ridiculous, I've called five times.",
        "I'll need your postcode and the first line of your address to go on.",
        False,
    ),
    (
        "social",
        "Is the sale still on?",
        "It sure is, it's amazing value until Sunday night.",
        False,
    ),
    (
        "everyday",
        "I'm going to repaint the kitchen yellow.",
        "Bold choice! I'd go for a softer shade myself.",
        False,
    ),
    (
        "peer support",
        "Anyone else hate Mondays?",
        "Mondays are fine if you plan your week on Sunday night.",
        False,
    ),
    (
        "chat",
        "The app is really slow today.",
        "That's a terrible connection on our end, the servers are being upgraded until noon.",
        False,
    ),
    (
        "email",
        "Could you confirm the refund amount?",
        "Perfect timing, the refund of £42.50 went out this morning.",
        False,
    ),
    ("social", "Do you deliver to Ireland?", "We do, and shipping is free over €50.", False),
    ("everyday", "I'm making lasagne tonight.", "Nice, I'll bring the wine.", False),
    (
        "peer support",
        "How do I tell my boss I need time off for therapy?",
        "Keep it simple: say it's a medical appointment, you don't owe details.",
        False,
    ),
    (
        "chat",
        "I was charged twice.",
        "I was so annoyed when that happened to my own card last year.",
        False,
    ),
    (
        "email",
        "I'm disappointed in the product quality.",
        "All our products are tested to British Standard 5852.",
        False,
    ),
    ("phone", "Can I bring my dog?", "That's fine, dogs are welcome in the garden area.", False),
    (
        "social",
        "Your new logo is awful.",
        "Thanks for the feedback, we'll pass it to the design team.",
        False,
    ),
    ("everyday", "The film starts at 8.", "Great, I'll book the tickets now.", False),
    (
        "peer support",
        "I start my new job Monday.",
        "Make sure you get enough sleep on Sunday and pack lunch the night before.",
        False,
    ),
    (
        "chat",
        "The instructions are confusing.",
        "Step 3 is the tricky one: the blue cable goes into the port marked WAN.",
        False,
    ),
    (
        "email",
        "Why has my premium gone up?",
        "It's hard to say without your policy number; could you send it over?",
        False,
    ),
    (
        "phone",
        "My meter reading is 04512.",
        "Excellent, I've updated that and your next bill will use it.",
        False,
    ),
]


#: Written after the second block's misses were mended, then read once: the carry-over estimate.
THIRD_BLOCK: list[Case] = [
    (
        "peer support",
        "I spent my whole savings on a vet bill and the cat still died.",
        "Man, that's cruel. You gave him every chance, that counts for so much.",
        True,
    ),
    (
        "peer support",
        "My girlfriend cheated with my best friend.",
        "Double betrayal, that's savage. Take all the time you need to be angry.",
        True,
    ),
    (
        "everyday",
        "I locked my keys in the car with the engine running.",
        "Noooo, what a morning you're having!",
        True,
    ),
    (
        "chat",
        "The surprise party is ruined, the cake arrived smashed.",
        "A smashed cake on the day itself, how miserable. Let me get a replacement out by 3pm.",
        True,
    ),
    (
        "email",
        "After 20 years as a customer I've been treated like a criminal at your branch.",
        "Being treated that way after twenty years with us is shameful, and I'm sorry.",
        True,
    ),
    (
        "phone",
        "I'm in tears, the landlord says I have to be out by Friday.",
        "That's an awful lot to land on you at once. Let's look at what we can do before Friday.",
        True,
    ),
    (
        "social",
        "Flight delayed 9 hours, missed my dad's 70th.",
        "Missing your dad's 70th is so sad, we're truly sorry for the part we played.",
        True,
    ),
    ("everyday", "I finally ran a full marathon!", "Ahh you legend, I'm so chuffed for you!", True),
    (
        "peer support",
        "I can't stop thinking about the miscarriage.",
        "Of course you can't, it's a grief people don't talk about enough.",
        True,
    ),
    (
        "chat",
        "I'm panicking, the payment left my account but the booking failed.",
        (
            "Seeing money leave with nothing to show for it is alarming; it'll come back "
            "within 3 days."
        ),
        True,
    ),
    (
        "email",
        "Please help, my elderly mother was scammed through your service.",
        "This is deeply upsetting and I'm sorry it happened to your mum.",
        True,
    ),
    (
        "phone",
        "My dog ran off at the park and I've been looking for hours.",
        "You poor thing, you must be frantic.",
        True,
    ),
    (
        "social",
        "Just got engaged at your restaurant!!",
        "AHHH congratulations!! That's the sweetest news.",
        True,
    ),
    (
        "everyday",
        "My exam results were terrible.",
        "Ah mate, that's horrid, especially after all the revision.",
        True,
    ),
    (
        "peer support",
        "Every time I open up, people leave.",
        "That pattern must feel so lonely and unfair.",
        True,
    ),
    (
        "chat",
        "I'm so nervous, it's my first time ordering a custom ring.",
        "Nerves are totally understandable with something this special.",
        True,
    ),
    (
        "email",
        "We lost our wedding photos when your cloud service shut down.",
        "Losing wedding photos is devastating, and we owe you a proper answer.",
        True,
    ),
    (
        "phone",
        "I've been on the phone all morning and I'm losing it.",
        "A whole morning on the phone would drive me up the wall too.",
        True,
    ),
    (
        "social",
        "Your app helped me find my lost dog!",
        "Best thing we've read all week, give them a cuddle from us!",
        True,
    ),
    (
        "everyday",
        "I didn't get the promotion. Again.",
        "That stings. You've been putting in so much.",
        True,
    ),
    (
        "peer support",
        "Had my first panic attack at work today.",
        "Those are genuinely scary, especially the first one. Are you somewhere calm now?",
        True,
    ),
    (
        "chat",
        "My order has been stuck for 3 weeks and it's my son's present.",
        "Three weeks and a birthday on the line, I'd be climbing the walls.",
        True,
    ),
    (
        "email",
        "I'm distraught, the hospital sent my records to the wrong address.",
        "Your records going astray is distressing, and we're treating it as urgent.",
        True,
    ),
    (
        "phone",
        "My husband's just lost his job so we need a payment plan.",
        "I'm sorry, that's a big shock for you both. Let's get a plan that works.",
        True,
    ),
    (
        "social",
        "Been crying since I read the email saying my account is closed.",
        "Oh no, please don't cry, it's all fixable and we're on it now.",
        True,
    ),
    ("everyday", "We're expecting twins!", "TWINS?! Oh my word, how wonderful!", True),
    (
        "chat",
        "Can I change the colour to green?",
        "Great, green it is, I've updated the order.",
        False,
    ),
    (
        "email",
        "Is there a student discount?",
        "Yes, 15% with a valid student email address.",
        False,
    ),
    (
        "phone",
        "I've got my reference number ready.",
        "Super, read it out whenever you're ready.",
        False,
    ),
    (
        "social",
        "When does the new menu launch?",
        "Next Monday, and the vegan options are fantastic.",
        False,
    ),
    ("everyday", "Want to grab dinner Thursday?", "Love to, that works perfectly.", False),
    (
        "peer support",
        "Which meditation app do you use?",
        "Headspace, the sleep stories are excellent.",
        False,
    ),
    (
        "chat",
        "The website says my card is invalid.",
        "That's a known issue with Safari; please try Chrome or the app.",
        False,
    ),
    (
        "email",
        "I'm upset that nobody replied to my complaint.",
        "Complaints are answered within 10 working days, as set out in our policy.",
        False,
    ),
    (
        "phone",
        "I'm angry about the charge.",
        "The charge is a late payment fee under clause 7.",
        False,
    ),
    ("social", "Do you have this in size 12?", "We do! It's a gorgeous fit too.", False),
    (
        "everyday",
        "I'm going to the gym later.",
        "Nice one, don't forget your towel this time.",
        False,
    ),
    (
        "peer support",
        "How do I stop procrastinating?",
        "Pomodoro timer, 25 minutes on, 5 off. It's brutal at first but it works.",
        False,
    ),
    ("chat", "Can you check my balance?", "Sure, it's £240.12 as of this morning.", False),
    (
        "email",
        "Your engineer fixed it, all good now.",
        "Good to hear, I'll close the ticket.",
        False,
    ),
    (
        "phone",
        "I'd like to pay off the rest of the loan.",
        "Brilliant, the settlement figure is £1,203.",
        False,
    ),
    ("social", "Is parking free at the store?", "Yes, two hours free with a receipt.", False),
    ("everyday", "I've decided to sell my car.", "Makes sense, you hardly use it.", False),
    ("peer support", "I went for a run today.", "I ran 10k this morning, felt amazing.", False),
    (
        "chat",
        "My password reset link expired.",
        "I've sent a fresh one, it lasts 15 minutes.",
        False,
    ),
    (
        "email",
        "I'm worried about the price rise.",
        "The new prices take effect on 1 April and are listed on our website.",
        False,
    ),
    (
        "phone",
        "This is the worst service I've ever had.",
        "I'll note that. Is there anything else on the account?",
        False,
    ),
    (
        "social",
        "Your store in Leeds smells amazing.",
        "Thank you! That's our new candle range, available online.",
        False,
    ),
    (
        "everyday",
        "Train's delayed, I'll be 10 minutes late.",
        "No worries, I'll grab us a table.",
        False,
    ),
    (
        "peer support",
        "Should I text my ex?",
        "Honestly? No. Write it in your notes app instead and sleep on it.",
        False,
    ),
    (
        "chat",
        "Can I return a sale item?",
        "Sale items can be returned within 14 days, which is fantastic for gifts.",
        False,
    ),
    (
        "email",
        "Please update my billing address.",
        "Perfect, that's updated and you'll see it on the next bill.",
        False,
    ),
]


#: Written after the third block was mended, then read once.
FOURTH_BLOCK: list[Case] = [
    (
        "email",
        "I've now missed two shifts because the bus pass never arrived.",
        (
            "Losing two shifts' pay over a bus pass is so unfair on you, and I've sent a "
            "replacement by courier today."
        ),
        True,
    ),
    (
        "phone",
        "Honestly I'm shaking, the bailiff letter came this morning.",
        "A letter like that first thing would rattle anyone. Let's go through it together.",
        True,
    ),
    (
        "chat",
        "My flowers for mum's funeral didn't turn up.",
        "I'm so sorry, on a day that's already unbearable. I'll find out what happened right now.",
        True,
    ),
    (
        "social",
        "@Airline lost my wheelchair on the flight. I'm stuck at the gate.",
        "That's appalling and we're mortified. A member of our team is on the way to you.",
        True,
    ),
    (
        "everyday",
        "I think I'm going to fail this course.",
        "Oh hon, you sound really discouraged.",
        True,
    ),
    (
        "peer support",
        "I haven't left the house in two weeks.",
        (
            "Two weeks inside sounds incredibly isolating. Is there one small thing that "
            "might feel doable today?"
        ),
        True,
    ),
    (
        "peer support",
        "I keep thinking I should have noticed he was ill.",
        "That guilt sounds so heavy to carry.",
        True,
    ),
    (
        "chat",
        "I just got my visa approved after 14 months!",
        "Fourteen months! What a wait, and what a relief that must be.",
        True,
    ),
    (
        "email",
        "This is the fourth engineer visit and the boiler still doesn't work. I have a newborn.",
        "With a newborn at home, four visits and still no heating must be unbearable.",
        True,
    ),
    (
        "phone",
        "I'm scared I'll lose the house.",
        "That fear makes complete sense, and you've done the right thing calling us.",
        True,
    ),
    (
        "social",
        "Finally home after 3 days stranded in Dubai.",
        "Welcome home! Three days stranded sounds utterly draining.",
        True,
    ),
    (
        "everyday",
        "The vet says she has a few weeks left.",
        "Oh no. That's just heartbreaking, I'm so sorry.",
        True,
    ),
    (
        "peer support",
        "Got my first paycheck from a job I actually like!",
        "That's such a lovely feeling, enjoy every bit of it!",
        True,
    ),
    (
        "chat",
        "I've been charged £300 I don't have.",
        "Having £300 go out unexpectedly is frightening when money's tight. Let's get it back.",
        True,
    ),
    (
        "email",
        "I'm writing on behalf of my father, who is too upset to call.",
        "Please tell your father how sorry we are that he's been left this distressed.",
        True,
    ),
    (
        "phone",
        "Sorry, I'm a bit all over the place today.",
        "No need to apologise at all, it sounds like a hectic day.",
        True,
    ),
    (
        "social",
        "Your staff went out of their way for my autistic son today, he had the best day.",
        "This is wonderful to read, thank you for telling us!",
        True,
    ),
    (
        "everyday",
        "My sister isn't speaking to me after the wedding.",
        "Family fallouts are the worst, especially around big days.",
        True,
    ),
    (
        "peer support",
        "I got a C after studying for weeks.",
        "That's disheartening after all those weeks, but a C is still a pass.",
        True,
    ),
    (
        "chat",
        "I'm so embarrassed, I ordered the wrong size twice.",
        "Not embarrassing at all, our sizing is confusing and we'll swap them free.",
        True,
    ),
    (
        "email",
        "The delay meant I couldn't attend my grandmother's 100th birthday.",
        "What a terrible thing to miss, and I'm sorry our delay caused it.",
        True,
    ),
    (
        "phone",
        "I've been trying for an hour and I'm about to cry.",
        "You sound completely worn down, and I'm going to fix this with you now.",
        True,
    ),
    (
        "social",
        "My parcel was stolen from my doorstep, it was my daughter's Christmas present.",
        "How awful, especially at Christmas. DM us and we'll make this right.",
        True,
    ),
    ("everyday", "I got into Oxford!!!", "WHAT. That's unbelievable, I'm so proud of you!", True),
    (
        "peer support",
        "I don't think anyone would notice if I disappeared.",
        (
            "That sounds like such a painful place to be, and I'd notice. Can we talk about "
            "how you're feeling right now?"
        ),
        True,
    ),
    (
        "chat",
        "I've been waiting 40 minutes for an agent.",
        "Forty minutes is a frustrating wait, thank you for hanging on.",
        True,
    ),
    ("chat", "How do I reset my PIN?", "Go to Settings, then Security, then Reset PIN.", False),
    ("email", "Can I get a VAT receipt?", "Wonderful, I've attached it to this email.", False),
    (
        "phone",
        "I'd like to book a test drive.",
        "Fantastic, is Saturday morning good for you?",
        False,
    ),
    ("social", "Is the new flavour vegan?", "It is! And honestly it's delicious.", False),
    ("everyday", "I'll pick up bread on the way.", "Perfect, thanks.", False),
    (
        "peer support",
        "Any book recommendations for anxiety?",
        "The Body Keeps the Score is a heavy read but excellent.",
        False,
    ),
    (
        "chat",
        "My bill is higher this month.",
        "That's because of the annual price change on 1 April.",
        False,
    ),
    (
        "email",
        "I'm frustrated with the delays.",
        "Delivery times are currently 5-7 working days.",
        False,
    ),
    (
        "phone",
        "I'm really worried about the noise from the works.",
        "The works run from 8am to 6pm, Monday to Friday.",
        False,
    ),
    (
        "social",
        "Do you price match?",
        "We don't, sorry, but our prices are brilliant already.",
        False,
    ),
    ("everyday", "Shall I bring dessert?", "Ooh lovely, yes please!", False),
    ("peer support", "What time is the meeting?", "7pm in the church hall, same as always.", False),
    (
        "chat",
        "The discount code isn't working.",
        "That code expired yesterday; WINTER10 works until Sunday.",
        False,
    ),
    (
        "email",
        "I'd like to close my account.",
        "Sad to see you go. The account will close within five working days.",
        False,
    ),
    (
        "phone",
        "I'm at the address now.",
        "Great stuff, the engineer will be with you in ten minutes.",
        False,
    ),
    (
        "social",
        "Who designed your new packaging? Love it.",
        "Our in-house team, we'll pass on the love!",
        False,
    ),
    (
        "everyday",
        "I'm thinking of getting a puppy.",
        "Puppies are hard work, we had one last year and I was exhausted for months.",
        False,
    ),
    (
        "peer support",
        "How long did it take you to feel better after quitting?",
        "About three weeks for me, the first week was awful.",
        False,
    ),
    ("chat", "Can you extend my trial?", "Absolutely, it's extended to the 30th.", False),
    (
        "email",
        "My invoice has the wrong company name.",
        "Thanks for spotting that, a corrected invoice is attached.",
        False,
    ),
    (
        "phone",
        "I'm angry, your driver blocked my drive.",
        "Can I take the registration of the van?",
        False,
    ),
    (
        "social",
        "Is your Manchester store open today?",
        "Yes, and the new café upstairs is amazing.",
        False,
    ),
    ("everyday", "I booked the restaurant for 8.", "Brilliant, I'll meet you there.", False),
    (
        "peer support",
        "Is it normal to sleep 10 hours?",
        "Depends, it can be a sign of low mood; mention it to your GP.",
        False,
    ),
    (
        "chat",
        "Why is the app asking for my location?",
        "It's needed to show stores near you; you can turn it off in Settings.",
        False,
    ),
    (
        "email",
        "I'm upset with the quality of the jacket.",
        "Our jackets are made from 100% recycled polyester.",
        False,
    ),
]


#: Written after the fourth block was mended, then read once.
FIFTH_BLOCK: list[Case] = [
    (
        "social",
        "3rd time my order's been cancelled without warning. Done with you.",
        (
            "Three cancellations with no warning is maddening, we'd be done with us too. Can "
            "you DM the order number?"
        ),
        True,
    ),
    (
        "phone",
        "Um, yeah, I'm- I'm just really stressed, the rent's due and the refund's not come.",
        "Right, rent due and no refund, no wonder you're stressed. Let me chase it now.",
        True,
    ),
    (
        "chat",
        "Just found out my holiday's been cancelled the day before we fly.",
        "The day before? That's crushing, especially with everything packed.",
        True,
    ),
    (
        "email",
        "I want to thank your nurse, she held my hand through the whole procedure.",
        "What a touching thing to read, I'll make sure she sees this.",
        True,
    ),
    (
        "everyday",
        "My landlord is selling and we have to move in a month.",
        "A month?! That's so stressful, do you want help looking?",
        True,
    ),
    (
        "peer support",
        "My mum said I'm a disappointment.",
        "Hearing that from your mum must be gutting. You're not a disappointment.",
        True,
    ),
    (
        "chat",
        "Lost my dad last week and need to cancel his phone contract.",
        "I'm so sorry about your dad. I'll take care of the contract so it's one less thing.",
        True,
    ),
    (
        "phone",
        "I'm getting married next month and the venue just went bust!",
        "Oh goodness, that's dreadful timing. Let's see what your cover includes.",
        True,
    ),
    (
        "social",
        "Thank you for finding my grandad's medal in the lost property!!",
        "We're so happy it's back with you, that's the best news!",
        True,
    ),
    ("everyday", "Passed my probation at work.", "Yesss, well done! That's brilliant.", True),
    (
        "peer support",
        "I had to give my dog up because of my new flat's rules.",
        "That's an agonising choice to have to make.",
        True,
    ),
    (
        "email",
        "Your engineer left mud through my late wife's carpet.",
        (
            "I'm truly sorry. Knowing what that carpet means to you, this is upsetting, and "
            "we'll have it professionally cleaned."
        ),
        True,
    ),
    (
        "chat",
        "I've been stuck abroad without my bank card for four days.",
        (
            "Four days abroad with no card sounds frightening. I'll get an emergency card "
            "sent to your hotel."
        ),
        True,
    ),
    (
        "phone",
        "My son's been bullied and the school did nothing.",
        "That must be agonising to watch as a parent.",
        True,
    ),
    (
        "social",
        "Mortified. My card declined on a first date at your restaurant.",
        "Oof, that's a cringe moment, and it was our card machine playing up, not you.",
        True,
    ),
    (
        "everyday",
        "I can't believe I forgot my best friend's birthday.",
        "Aw, you must feel terrible. Send her something lovely today.",
        True,
    ),
    (
        "peer support",
        "Six months clean today.",
        "Six months is massive. You should be so proud.",
        True,
    ),
    (
        "email",
        "I'm exhausted chasing this claim.",
        "Chasing a claim for this long is wearing, and I'm taking it over from here.",
        True,
    ),
    (
        "chat",
        "My wedding ring went down the plughole.",
        "Oh no! Your heart must have stopped.",
        True,
    ),
    (
        "phone",
        "I'm a bit emotional, sorry, it was my mum's account.",
        "Please don't apologise, it's completely natural to feel emotional about this.",
        True,
    ),
    (
        "social",
        "Got stuck in your lift for an hour with my toddler.",
        "An hour stuck with a toddler sounds terrifying, we're so sorry.",
        True,
    ),
    ("everyday", "We just found out it's a girl!", "Eeek, how exciting!!", True),
    (
        "peer support",
        "I feel like such a burden to my friends.",
        "Feeling like a burden is so painful, and I'm glad you told us.",
        True,
    ),
    (
        "chat",
        "The replacement arrived broken too. I give up.",
        (
            "Two broken deliveries in a row is demoralising, I completely understand wanting "
            "to give up."
        ),
        True,
    ),
    (
        "email",
        "I've been a loyal customer for 30 years and I'm hurt by how I was spoken to.",
        "Being spoken to like that after 30 years must have been hurtful, and I'm sorry.",
        True,
    ),
    (
        "phone",
        "I'm so relieved you picked up, I've been panicking all morning.",
        "You're through now, and that sounds like a horrible morning. Let's sort it.",
        True,
    ),
    (
        "social",
        "Can I change my seat online?",
        "You can! Manage Booking > Seats, it's super easy.",
        False,
    ),
    (
        "phone",
        "I'd like to add my wife to the policy.",
        "Lovely, can I take her date of birth?",
        False,
    ),
    ("chat", "Does the sofa come assembled?", "It does, and it's stunning in the grey.", False),
    ("email", "Please confirm my refund.", "Great news, your refund was processed today.", False),
    ("everyday", "Dinner at 7?", "Awesome, see you then.", False),
    (
        "peer support",
        "What do you do when you can't sleep?",
        "I get up and read something boring under a dim light.",
        False,
    ),
    (
        "chat",
        "I'm furious, my parcel is late.",
        "Your parcel is now showing for delivery tomorrow before 6pm.",
        False,
    ),
    (
        "phone",
        "I'm worried about the cost.",
        "The cost is £45 a month, fixed for two years.",
        False,
    ),
    (
        "social",
        "Are dogs allowed on the terrace?",
        "Absolutely, they're very welcome, water bowls provided.",
        False,
    ),
    (
        "email",
        "I need my booking reference.",
        "It's HX4492, lovely to have you staying with us.",
        False,
    ),
    (
        "everyday",
        "I'm going to try the new Thai place.",
        "Ooh the green curry there is amazing.",
        False,
    ),
    (
        "peer support",
        "Any tips for a first therapy session?",
        "Write down what you want to talk about beforehand so you don't blank.",
        False,
    ),
    (
        "chat",
        "The tracking hasn't updated.",
        "Tracking can lag by 24 hours; it's still on schedule.",
        False,
    ),
    ("phone", "This is a disgrace.", "I'll need the account holder's name to continue.", False),
    (
        "social",
        "Can I return online orders in store?",
        "Yes, any store, with the email receipt. Easy peasy!",
        False,
    ),
    ("email", "Could you resend the link?", "Of course, sent. It's valid for 48 hours.", False),
    (
        "everyday",
        "I finished the book you lent me.",
        "Wasn't the ending terrible? I was so annoyed with it.",
        False,
    ),
    (
        "peer support",
        "How do you deal with a bad boss?",
        "Document everything and talk to HR early.",
        False,
    ),
    (
        "chat",
        "My screen is cracked.",
        "That's covered under accidental damage; I'll book the repair.",
        False,
    ),
    ("phone", "I'm calling about my bill.", "Wonderful, can I take your account number?", False),
    ("social", "Is the new app out on Android?", "It is, and the dark mode is gorgeous.", False),
    (
        "email",
        "I'm disappointed the event was cancelled.",
        "Tickets will be refunded automatically within 14 days.",
        False,
    ),
    ("everyday", "Want me to drive?", "That would be brilliant, thanks.", False),
    (
        "peer support",
        "I had a good day today.",
        "I had a rubbish one, my train was cancelled twice.",
        False,
    ),
    (
        "chat",
        "Can I upgrade to the bigger box?",
        "Of course, that's a fantastic choice, it fits twelve meals.",
        False,
    ),
    (
        "phone",
        "I've just moved house.",
        "Okay, what's the new address and the date you moved?",
        False,
    ),
]


#: Written after the fifth block was mended, then read once.
SIXTH_BLOCK: list[Case] = [
    (
        "social",
        "ngl i cried when the parcel said returned to sender, it was my nan's last gift",
        "Oh that's so rough, a gift from your nan means everything. DM us and we'll track it down.",
        True,
    ),
    (
        "phone",
        "I've had no heating for a week and I'm seventy-eight.",
        (
            "A week without heating at seventy-eight is really worrying, and I'm booking an "
            "emergency visit now."
        ),
        True,
    ),
    (
        "chat",
        "My little boy's been waiting all year for this Lego set and it came with pieces missing.",
        (
            "After a whole year of waiting, how disappointing for him. I'll send the missing "
            "bags today."
        ),
        True,
    ),
    (
        "email",
        "I was made redundant last month and now you've doubled my premium.",
        "Losing your job and then facing a higher premium must feel like a kick while you're down.",
        True,
    ),
    (
        "everyday",
        "My car got written off this morning, I'm fine though.",
        "Thank god you're okay, that must have been so scary.",
        True,
    ),
    (
        "peer support",
        "Today marks one year since my divorce.",
        "One year is a big milestone, however it feels. Be gentle with yourself today.",
        True,
    ),
    (
        "chat",
        "Just got the keys to my first ever flat!!!",
        "Eek, that's so exciting, congratulations!",
        True,
    ),
    (
        "phone",
        "I'm sorry, I'm flustered, I've never done this before.",
        "You're doing absolutely fine, there's nothing to be flustered about.",
        True,
    ),
    (
        "social",
        "You overbooked my flight and I'm missing my best friend's wedding.",
        "Missing your best friend's wedding because of us is awful, and we're so sorry.",
        True,
    ),
    (
        "email",
        (
            "This is the third time my name has been spelled wrong on my mum's death "
            "certificate paperwork."
        ),
        (
            "Getting this wrong again, at such a painful time, is unforgivable. I've "
            "corrected it myself."
        ),
        True,
    ),
    (
        "everyday",
        "Got a promotion at work today!",
        "Amazing, you've worked so hard for this!",
        True,
    ),
    (
        "peer support",
        "I don't feel like myself since the baby was born.",
        (
            "So many new parents feel that way, and it sounds really hard. Have you been "
            "able to talk to your health visitor?"
        ),
        True,
    ),
    (
        "chat",
        "I've spent all evening trying to get this printer to work.",
        (
            "A whole evening lost to a printer is soul-destroying. Let's get it working in "
            "five minutes."
        ),
        True,
    ),
    (
        "phone",
        "My wife is in hospital and I can't find the policy documents.",
        (
            "I'm so sorry your wife is in hospital, that's a lot to carry. I'll email the "
            "documents now."
        ),
        True,
    ),
    (
        "social",
        "Your staff member stayed late to help me find my lost ring ❤️",
        "That's so lovely to hear, we'll pass your message on!",
        True,
    ),
    (
        "everyday",
        "The kids were sick all night.",
        "Oh you poor thing, you must be shattered.",
        True,
    ),
    (
        "peer support",
        "I finally asked for help with my drinking.",
        "That's a huge, brave step. I'm really glad you did.",
        True,
    ),
    (
        "chat",
        "The dress I ordered for my graduation won't come in time.",
        "Your graduation outfit not arriving is stressful, so let's find a faster option.",
        True,
    ),
    (
        "email",
        "Honestly, I'm losing faith in your company.",
        "I don't blame you after what you've been through, and I want to earn that back.",
        True,
    ),
    (
        "phone",
        "It's my first Christmas without my husband.",
        "The first Christmas is so hard. I'm glad you called.",
        True,
    ),
    (
        "social",
        "Stuck on the train for 3 hours with no water.",
        "Three hours with no water is dreadful, we're so sorry.",
        True,
    ),
    (
        "everyday",
        "My best mate is moving to Australia.",
        "Ah, that's bittersweet, exciting for them but you'll miss them loads.",
        True,
    ),
    (
        "peer support",
        "I passed my driving test at the first try!",
        "First time?! That's incredible, you must be buzzing.",
        True,
    ),
    (
        "chat",
        "I'm anxious about the surgery tomorrow.",
        "Feeling anxious the night before is completely natural.",
        True,
    ),
    (
        "email",
        "The builders you sent left my mum's garden wrecked.",
        "Seeing your mum's garden wrecked must be heartbreaking, and we will put it right.",
        True,
    ),
    (
        "phone",
        "I just want this over with, I'm worn out.",
        "You sound exhausted, so I'll keep this short and do the rest for you.",
        True,
    ),
    ("chat", "Can you send the invoice again?", "Sure thing, sent to your inbox.", False),
    (
        "social",
        "Is Black Friday on the website too?",
        "It is! Some amazing deals on laptops.",
        False,
    ),
    ("phone", "I want to upgrade my phone.", "Excellent, which model are you looking at?", False),
    (
        "email",
        "My meter reading is attached.",
        "Thanks, that's perfect, your bill will update tonight.",
        False,
    ),
    ("everyday", "Coffee at 11?", "Perfect, the usual place.", False),
    (
        "peer support",
        "What's a good journal prompt?",
        "'What drained me today and what filled me up?' works well.",
        False,
    ),
    (
        "chat",
        "I'm fuming, the refund still hasn't come.",
        "Refunds take 5-10 working days to show on your statement.",
        False,
    ),
    (
        "phone",
        "I'm confused by the bill.",
        "The first page is the summary, the second lists each call.",
        False,
    ),
    (
        "social",
        "Are you hiring?",
        "Yes! Check our careers page, it's a great place to work.",
        False,
    ),
    ("email", "Please remove my card details.", "Done, your card has been removed.", False),
    (
        "everyday",
        "I'm off to the dentist.",
        "I hate the dentist, I always feel sick in the waiting room.",
        False,
    ),
    (
        "peer support",
        "Does exercise really help with anxiety?",
        "It does for a lot of people, even a 10 minute walk.",
        False,
    ),
    (
        "chat",
        "The checkout won't accept my postcode.",
        "That's a frustrating bug we're fixing; type it without the space for now.",
        False,
    ),
    (
        "phone",
        "I'd like to cancel my gym membership.",
        "No problem, can I ask why you're leaving?",
        False,
    ),
    ("social", "How long is delivery to France?", "Usually 3-5 days, tracked.", False),
    (
        "email",
        "I'm disappointed my order was late.",
        "Your order was delivered on 14 March at 10:42.",
        False,
    ),
    ("everyday", "I've started learning Spanish.", "Nice, which app are you using?", False),
    (
        "peer support",
        "Any tips for sleeping in a noisy flat?",
        "Foam earplugs and a fan for white noise.",
        False,
    ),
    (
        "chat",
        "Can I pay in instalments?",
        "You can, it's interest-free over 3 months, brilliant for bigger orders.",
        False,
    ),
    (
        "email",
        "Could you confirm my appointment time?",
        "Lovely to hear from you, it's 9:30 on Thursday.",
        False,
    ),
    ("phone", "This is ridiculous.", "Can I have your date of birth please?", False),
    ("social", "What's the wifi password in store?", "It's on the receipt, enjoy!", False),
    ("everyday", "Can you feed the cat Saturday?", "Happy to, leave the key under the pot.", False),
    ("peer support", "I had my first therapy session.", "What did you talk about?", False),
    (
        "chat",
        "The new update is great!",
        "Thanks, the team worked hard on it, I'll tell them.",
        False,
    ),
    ("phone", "I've moved banks.", "Okay, I'll need the new sort code and account number.", False),
]


#: (the other person's turn, the reply): a feeling word aimed at their situation.
FOUND = {
    "a loss of words for gutting": (
        "My parcel was left in the rain and the gift inside is ruined.",
        "Oh, that's gutting, especially when it was a present.",
    ),
    "how with a word no phrase held": (
        "We had to cancel the wedding.",
        "Oh love, how heartbreaking after all that planning.",
    ),
    "a gerund subject": (
        "I'm just so fed up with being passed around.",
        "Being bounced from team to team is miserable.",
    ),
    "dread that makes sense": (
        "I'm honestly dreading the move next week.",
        "Dreading it makes sense, moving is one of the most stressful things there is.",
    ),
    "such a lonely place": (
        "I feel invisible at work.",
        "Feeling invisible is such a lonely place to be.",
    ),
    "joy in their news": ("I got the job!!", "No way, that's brilliant news!"),
}

#: (the other person's turn, the reply): valence, but no feeling of theirs met.
NOT_FOUND = {
    "agreement to a plan": (
        "Can I move my delivery to Friday?",
        "That sounds perfect, Friday it is.",
    ),
    "praise of a product after a question": (
        "Is this jacket waterproof?",
        "It is, and it's brilliant in heavy rain.",
    ),
    "joy words after a request": ("Can you book it for me?", "That's brilliant, booked."),
    "a task's difficulty": ("", "That would be difficult to arrange before Friday."),
    "the speaker's own hedge": (
        "My wifi keeps dropping.",
        "I know this sounds silly, but restart it.",
    ),
    "the speaker's own past": (
        "I'm thinking of learning guitar.",
        "Going to lessons was terrible for me.",
    ),
    "a passive": ("How fast can I move it?", "This can be accomplished in a day."),
}


def test_the_blocks_are_balanced_and_span_the_settings() -> None:
    assert_balanced(
        [
            (FIRST_BLOCK, 50),
            (SECOND_BLOCK, 50),
            (THIRD_BLOCK, 50),
            (FOURTH_BLOCK, 50),
            (FIFTH_BLOCK, 50),
        ]
    )


#: Each block's floors: precision, recall, F1.
FLOORS = {
    "first": (FIRST_BLOCK, 0.95, 0.95, 0.95),
    "second": (SECOND_BLOCK, 0.95, 0.95, 0.95),
    "third": (THIRD_BLOCK, 0.95, 0.88, 0.93),
    "fourth": (FOURTH_BLOCK, 0.95, 0.85, 0.92),
    "fifth": (FIFTH_BLOCK, 0.95, 0.88, 0.93),
    "sixth": (SIXTH_BLOCK, 0.95, 0.82, 0.9),
}


@pytest.mark.parametrize(("block", "precision", "recall", "f1"), FLOORS.values(), ids=FLOORS)
def test_each_block_holds_its_floor(
    block: list[Case], precision: float, recall: float, f1: float
) -> None:
    scores = feelings_scores(block)
    assert scores.precision >= precision, scores.summary()
    assert scores.recall >= recall, scores.summary()
    assert scores.f1 >= f1, scores.summary()


@pytest.mark.parametrize(("context", "text"), list(FOUND.values()), ids=list(FOUND))
def test_feeling_words_aimed_at_their_situation_are_found(context: str, text: str) -> None:
    assert acknowledged(context, text)


@pytest.mark.parametrize(("context", "text"), list(NOT_FOUND.values()), ids=list(NOT_FOUND))
def test_valence_that_meets_no_feeling_is_not_found(context: str, text: str) -> None:
    assert not acknowledged(context, text)


def test_the_vocabulary_is_vaders_strong_words_less_service_talk() -> None:
    valence = vocabulary().valence
    assert valence["heartbreaking"] < 0 < valence["wonderful"]
    assert "gutting" in valence  # not in VADER: the lexicon's own extra words
    for word in ("thanks", "help", "free", "broken", "depression"):
        assert word not in valence


def test_a_positive_word_needs_their_news() -> None:
    reply = "That's wonderful!"
    assert affect_spans(reply, "We finally got the keys to our first flat!")
    assert not affect_spans(reply, "Could you send the form again?")
    assert not affect_spans(reply, "")
    assert affect_spans("That's horrible.", "")  # a negative word needs no news

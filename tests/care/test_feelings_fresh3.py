"""A third fresh check for `acknowledges_feelings`: peer support, service and everyday talk.

Replies written for this test, each with the other person's turn before it: Reddit-style
peer support first (as in EPITOME, where a reply shows an "emotional reaction" when the
responder voices warmth, compassion or concern after reading the post), then service
chat, e-mail, phone, social-media care and everyday talk. Not taken from any labelled
corpus, and worded apart from the second check (`test_feelings_fresh2.py`): exclamations
("oof", "damn, that stings", "this breaks my heart"), steadying words with no feeling word
("one day at a time", "it won't always feel like this"), pride and joy in their news
("well deserved", "that takes guts"), normalising ("not weird at all", "there's no shame
in that"), presence ("you're not by yourself in this", "if you ever wanna talk").

Not an acknowledgement: advice alone, the responder's own unrelated story or feelings
("same here lol", "I was so excited when I bought a motorbike"), dismissal ("calm down",
"sorry you feel that way but…"), a feeling word about a product ("the frustrating part of
that bug…", "the annoying thing about that update…"), a refusal opened with "sorry"
("sorry, only assistance dogs"), a sign-off ("good luck with the new installation"), and a
bare "sorry to hear that" used as a hand-off to a routine question: the labels here read
that last one strictly, and the detector keeps finding it (two known misses in the first
block), since EPITOME's labellers count "sorry to hear that" as a reaction.

Each block was labelled before the detector read it. First reads: the first block (160
rows) F1 0.824 (P 0.93, R 0.74); the second (54 rows), written after the first block's
misses were mended, F1 0.808 (P 1.00, R 0.68); the third (52 rows), written after the
second block's misses were mended, F1 0.739 (P 1.00, R 0.59); the fourth (52 rows, weighted
to everyday talk, service chat and e-mail), written after the third was mended, F1 0.760
(P 1.00, R 0.61); the fifth (51 rows, mixed) F1 0.739 (P 1.00, R 0.59); the sixth (50
rows, brands on social media, live chat, e-mail, everyday talk) F1 0.776 (P 0.95, R
0.66); the seventh (50 longer replies in EPITOME's manner), written last, F1 0.760 (P 1.00,
R 0.61). The engine before this round read the seven at 0.824, 0.808, 0.739, 0.735, 0.739,
0.776 and 0.681: each block's fixes carried over to the next block's new short lines
little or not at all, though to the longer replies of the last block they did (+0.08).
Recall on unseen wording is the weak side (about 0.6), precision is not (0.93-1.00).
The floors hold each block to a standard rather than pinning every row.
"""

from __future__ import annotations

from .test_feelings_fresh2 import Case, assert_balanced, feelings_scores

#: Written and labelled first; the lexicon work that followed was guided by its misses.
FIRST_BLOCK: list[Case] = [
    (
        "peer support",
        "My dog had to be put down this morning. He was 14.",
        "Oh man, I'm so sorry. Fourteen years is a whole chapter of your life.",
        True,
    ),
    (
        "peer support",
        "Got dumped over text after three years.",
        "Over TEXT? Ugh, that's brutal. You deserved a real conversation at least.",
        True,
    ),
    (
        "peer support",
        "I failed my driving test for the fourth time.",
        "Damn, that stings. Fourth time's rough but plenty of people pass on the fifth.",
        True,
    ),
    (
        "peer support",
        "My mum forgot my birthday again this year.",
        "That really hurts, I'm sorry. Being forgotten by a parent cuts deep.",
        True,
    ),
    (
        "peer support",
        "I relapsed after 200 days clean.",
        "Oof. I'm sorry friend. 200 days still counts, it doesn't vanish.",
        True,
    ),
    (
        "peer support",
        "Nobody showed up to my art show.",
        "This breaks my heart honestly. I would have come if I'd known.",
        True,
    ),
    (
        "peer support",
        "My best friend moved across the country today.",
        "Aw man, that's a rough one. Long distance friendships can still work though.",
        True,
    ),
    (
        "peer support",
        "I got laid off right before Christmas.",
        "That's so shitty of them, right before the holidays. Really sorry.",
        True,
    ),
    (
        "peer support",
        "My grandma passed and I couldn't go to the funeral because of work.",
        "My heart hurts for you. Not getting to say goodbye is its own kind of grief.",
        True,
    ),
    (
        "peer support",
        "I've been crying in my car every lunch break.",
        "*hugs* that sounds exhausting. Is it the job or something else?",
        True,
    ),
    (
        "peer support",
        "Feel like a total failure today.",
        "Big hugs to you. One bad day doesn't make you a failure.",
        True,
    ),
    (
        "peer support",
        "Can't sleep again, it's 4am and my head won't shut up.",
        "Ugh, 4am brain is the worst. Sending you some sleepy vibes.",
        True,
    ),
    (
        "peer support",
        "My cat is missing since yesterday.",
        "Oh no, I really hope she turns up safe. Cats often hide nearby for a day or two.",
        True,
    ),
    (
        "peer support",
        "I finally told my parents I'm gay and they took it well!",
        "That's incredible, I'm so happy for you!! What a relief that must be.",
        True,
    ),
    (
        "peer support",
        "Passed my exams after failing last year!",
        "YES! Well deserved, you worked your butt off for that.",
        True,
    ),
    (
        "peer support",
        "Today I got out of bed and showered, first time in a week.",
        "That's a genuine win and I'm proud of you for it.",
        True,
    ),
    ("peer support", "I got the job!!", "Huge congrats, you must be buzzing!", True),
    (
        "peer support",
        "I've been sober a full year today.",
        "A whole year! Hell yeah, that's massive.",
        True,
    ),
    (
        "peer support",
        "Does anyone else feel invisible at family gatherings?",
        "I feel this so hard. You're definitely not the only one, friend.",
        True,
    ),
    (
        "peer support",
        "I'm so tired of pretending I'm fine.",
        "I feel you. Masking all day is draining.",
        True,
    ),
    (
        "peer support",
        "Everyone seems to have their life together except me.",
        "You're in good company here, most of us feel that way more than we admit.",
        True,
    ),
    (
        "peer support",
        "I hate how lonely weekends feel.",
        "Weekends are the hardest for me too. You're not by yourself in this.",
        True,
    ),
    (
        "peer support",
        "I don't see the point of trying anymore.",
        "Please keep holding on. It really can turn around, even when it doesn't look like it.",
        True,
    ),
    (
        "peer support",
        "Every day feels the same and it's grey.",
        "One day at a time. You made it through today and that counts.",
        True,
    ),
    (
        "peer support",
        "Starting therapy next week and I'm terrified.",
        "You've got this. Walking in the door is the hardest part.",
        True,
    ),
    (
        "peer support",
        "I keep messing everything up.",
        "Go easy on yourself, you're doing better than you think.",
        True,
    ),
    (
        "peer support",
        "I don't think I'll ever feel normal again.",
        "It won't always feel like this, I promise. It does ease up.",
        True,
    ),
    (
        "peer support",
        "My anxiety is through the roof before this interview.",
        "Wishing you loads of luck tomorrow, you'll do great.",
        True,
    ),
    (
        "peer support",
        "First day back at school after my breakdown.",
        "Rooting for you today. Be gentle with yourself.",
        True,
    ),
    (
        "peer support",
        "I want to give up on my degree.",
        "Don't throw in the towel yet, you're so close to the end.",
        True,
    ),
    (
        "peer support",
        "Is it weird that I still cry about my ex after two years?",
        "Not weird at all. Grief doesn't run on a schedule.",
        True,
    ),
    (
        "peer support",
        "I feel guilty for being angry at my sick dad.",
        "That's such a human reaction. You can love him and still be angry.",
        True,
    ),
    (
        "peer support",
        "I snapped at my kids and now I feel like the worst mum.",
        "You're not a bad mum, you're a tired one. That's allowed.",
        True,
    ),
    (
        "peer support",
        "Am I overreacting for being hurt he didn't text back?",
        "Your feelings are legit, it's hurtful to be left on read.",
        True,
    ),
    (
        "peer support",
        "I'm embarrassed that I needed meds.",
        "There's zero shame in that, it's like wearing glasses for your brain.",
        True,
    ),
    (
        "peer support",
        "I just need someone to talk to tonight.",
        "My DMs are open if you want to chat.",
        True,
    ),
    (
        "peer support",
        "I don't really have anyone.",
        "You've got us. Message me whenever things get heavy.",
        True,
    ),
    (
        "peer support",
        "Rough night, can't stop thinking.",
        "Want to tell me what's going round in your head? I'm awake.",
        True,
    ),
    (
        "peer support",
        "I feel like no one would notice if I disappeared.",
        "I'd notice. And I'm glad you posted, please stay with us.",
        True,
    ),
    ("peer support", "I'm ugly and unlovable.", "You are worthy of love exactly as you are.", True),
    (
        "peer support",
        "I'm a burden to everyone.",
        "You matter more than your brain is telling you right now.",
        True,
    ),
    (
        "peer support",
        "I can't sleep lately.",
        "Try cutting caffeine after 2pm and keeping your phone out of the bedroom.",
        False,
    ),
    (
        "peer support",
        "My anxiety is bad in the mornings.",
        "Have you asked your GP about adjusting the dose? Morning anxiety can be a side effect.",
        False,
    ),
    (
        "peer support",
        "I feel so alone since moving cities.",
        "Join a climbing gym or a running club, that's how I met most of my friends.",
        False,
    ),
    (
        "peer support",
        "Depressed and can't focus on work.",
        "Break tasks into 20 minute chunks and use a timer. The Pomodoro method helped me.",
        False,
    ),
    (
        "peer support",
        "I think I have ADHD.",
        "Get a proper assessment; a lot of GPs can refer you to a specialist.",
        False,
    ),
    (
        "peer support",
        "Therapy isn't working.",
        "It might be the therapist rather than therapy. It's fine to shop around for a better fit.",
        False,
    ),
    (
        "peer support",
        "My girlfriend left me.",
        "I was so excited last week because I finally bought a motorbike.",
        False,
    ),
    (
        "peer support",
        "I'm struggling with my meds.",
        "I've been on sertraline for three years, 100mg, started at 50.",
        False,
    ),
    (
        "peer support",
        "I hate my job.",
        "Same here lol. Mine makes me do spreadsheets all day.",
        False,
    ),
    ("peer support", "Anyone else not sleeping?", "Me too, I'm up playing Elden Ring.", False),
    (
        "peer support",
        "I'm scared of dying.",
        "Honestly I used to be scared of spiders until I had to live with them in Australia.",
        False,
    ),
    (
        "peer support",
        "My family doesn't get me.",
        "When I was 19 I moved out and worked at a bakery for two years.",
        False,
    ),
    (
        "peer support",
        "I'm so depressed I can't function.",
        "Have you considered that you might just be lazy?",
        False,
    ),
    (
        "peer support",
        "I feel like everyone hates me.",
        "Calm down, nobody's thinking about you that much.",
        False,
    ),
    (
        "peer support",
        "I'm upset about what my friend said.",
        "Sorry you feel that way but she was probably joking.",
        False,
    ),
    ("peer support", "I'm stressed about exams.", "What subjects are you taking?", False),
    ("peer support", "Thinking about quitting uni.", "How many credits do you have left?", False),
    (
        "peer support",
        "I got diagnosed with bipolar.",
        "Bipolar II or bipolar I? The treatments differ a bit.",
        False,
    ),
    ("peer support", "I feel lost.", "Read Man's Search for Meaning by Viktor Frankl.", False),
    (
        "peer support",
        "Nobody listens to me.",
        "This subreddit has rules about self-promotion, please read the sidebar.",
        False,
    ),
    (
        "chat",
        "I've been trying to cancel for a month and you keep charging me, I'm at breaking point.",
        "I can hear how fed up you are, and you shouldn't have had to fight this hard to cancel.",
        True,
    ),
    (
        "chat",
        "The flowers for my mum's funeral didn't arrive.",
        "I'm truly sorry, on such a painful day that's the last thing you needed.",
        True,
    ),
    (
        "chat",
        "My laptop died with my whole dissertation on it, due Friday.",
        "Oh no, what a horrible position to be in this close to the deadline.",
        True,
    ),
    (
        "chat",
        "I'm really nervous about the surgery booking going wrong.",
        "It's completely understandable to be nervous, so let's make sure every detail is right.",
        True,
    ),
    (
        "chat",
        "This is the third time my order has gone missing, I'm livid.",
        "Three times would make anyone livid, and I'm going to stay on this until it's sorted.",
        True,
    ),
    (
        "chat",
        "My son's been waiting for this bike all week and it's broken.",
        "Poor lad, after waiting all week. Let's get a replacement out today.",
        True,
    ),
    (
        "chat",
        "I just got engaged and want to change the booking to a honeymoon suite!",
        "Congratulations to you both! Let's make it special.",
        True,
    ),
    (
        "chat",
        "I was scammed and lost my savings.",
        "That must be a horrible shock. You've done the right thing contacting us quickly.",
        True,
    ),
    (
        "chat",
        "I'm elderly and I find all this online stuff confusing and it scares me a bit.",
        "Please don't worry, we'll go one step at a time together, there's no rush at all.",
        True,
    ),
    (
        "chat",
        "I'm so embarrassed, I sent the payment to the wrong account.",
        "Honestly it happens more than you'd think, there's no need to feel embarrassed.",
        True,
    ),
    (
        "chat",
        "We're stranded at the airport with two toddlers.",
        "What a stressful situation with little ones in tow, let me find you the quickest option.",
        True,
    ),
    (
        "chat",
        "The engineer was rude and it upset me.",
        "I'm sorry he left you feeling that way; nobody should be spoken to like that.",
        True,
    ),
    (
        "chat",
        "My husband just passed away and I need to close his account.",
        "I'm so sorry for your loss. Please take your time, I'll guide you through it.",
        True,
    ),
    (
        "chat",
        "Finally got approved for the mortgage!",
        "Brilliant news, you must be over the moon!",
        True,
    ),
    (
        "chat",
        "I've been waiting in the cold for the locksmith for two hours.",
        "Two hours in the cold is miserable, I'm sorry. Let me chase him right now.",
        True,
    ),
    (
        "chat",
        "I'm worried my daughter's medication won't arrive before we travel.",
        "I completely understand the worry, so I've flagged it as urgent.",
        True,
    ),
    (
        "chat",
        "How do I change my password?",
        "Go to Settings, then Security, then Change password.",
        False,
    ),
    ("chat", "Where is my order?", "It's with the courier and due tomorrow before 6pm.", False),
    (
        "chat",
        "Can I get a refund?",
        "Yes, refunds go back to the original card within 5 working days.",
        False,
    ),
    (
        "chat",
        "The app keeps logging me out.",
        (
            "The frustrating part of that bug is it only shows on older phones; update to 4.2 "
            "and it's fixed."
        ),
        False,
    ),
    (
        "chat",
        "What's the difference between the plans?",
        "The Plus plan adds cloud backup and two more users.",
        False,
    ),
    (
        "chat",
        "I'm furious, this is the worst service ever!",
        "Please calm down so I can help you.",
        False,
    ),
    (
        "chat",
        "I'm really unhappy with the repair.",
        "I'm sorry you feel that way, but the repair met our standard.",
        False,
    ),
    (
        "chat",
        "Your website is confusing.",
        "Sorry to hear that. What's your account number?",
        False,
    ),
    ("chat", "Can I bring my dog to the hotel?", "Sorry, only assistance dogs are allowed.", False),
    ("chat", "Is the store open on Sunday?", "Yes, 10 till 4. Hope that helps!", False),
    ("chat", "My parcel is late.", "Sorry for the delay, it's now out for delivery.", False),
    (
        "chat",
        "I need to update my address.",
        "Sure, happy to help with that! What's the new postcode?",
        False,
    ),
    (
        "chat",
        "The printer is jamming.",
        "That's a common one. Open the back panel and remove any torn paper.",
        False,
    ),
    (
        "chat",
        "I want to upgrade my phone.",
        "Great choice! The upgrade will be ready in the app tomorrow.",
        False,
    ),
    (
        "chat",
        "Can you DM me?",
        "Sure, send us a DM with your order number and we'll take a look.",
        False,
    ),
    (
        "chat",
        "I don't understand the bill.",
        "No worries, the first line is your line rental and the second is calls.",
        False,
    ),
    (
        "chat",
        "Can you extend my trial?",
        "I'm excited to tell you we've just launched a 60-day trial for everyone.",
        False,
    ),
    (
        "chat",
        "Why is setup so hard?",
        "Setup can be tricky on Windows; run the installer as administrator.",
        False,
    ),
    (
        "email",
        (
            "I am writing because my father's care package has been cancelled without notice "
            "and he is distressed."
        ),
        (
            "I'm very sorry to hear your father has been caused such distress, and I "
            "understand how worrying this must be for your family."
        ),
        True,
    ),
    (
        "email",
        "I have now written four times and nobody replies. I feel completely ignored.",
        (
            "You are right to feel ignored after four unanswered letters, and I apologise "
            "that it took this long."
        ),
        True,
    ),
    (
        "email",
        "Our wedding venue has double booked us. We are devastated.",
        "I cannot imagine how devastating this news must be so close to your day.",
        True,
    ),
    (
        "email",
        "I'm anxious about the inspection next week.",
        (
            "I appreciate that inspections can feel daunting; I want to reassure you it's a "
            "routine visit."
        ),
        True,
    ),
    (
        "email",
        "We lost our home in the flood.",
        "Our thoughts are with you and your family at this incredibly difficult time.",
        True,
    ),
    (
        "email",
        "I'm disappointed that the course was cancelled.",
        "I completely understand your disappointment, especially after arranging time off.",
        True,
    ),
    (
        "email",
        "Thank you, the new glasses are perfect and I can finally read again!",
        "That's wonderful to hear, I'm delighted for you.",
        True,
    ),
    (
        "email",
        "My son has just been diagnosed and I'm overwhelmed by the forms.",
        "That's a lot to take in at once. I'm so sorry, and I'll help you with each form.",
        True,
    ),
    (
        "email",
        "Please send me my statement.",
        "Please find your statement attached. Kind regards.",
        False,
    ),
    (
        "email",
        "I'm unhappy with the decision.",
        "We have reviewed your complaint and our decision remains unchanged.",
        False,
    ),
    (
        "email",
        "What are your opening hours?",
        "I hope this email finds you well. We are open 9-5 on weekdays.",
        False,
    ),
    (
        "email",
        "When will my refund arrive?",
        "Your refund was processed on 3 March and should arrive within 10 days.",
        False,
    ),
    (
        "email",
        "I need a copy of my policy.",
        "I'm delighted to confirm that your renewal is complete; the policy is attached.",
        False,
    ),
    (
        "email",
        "The invoice is wrong.",
        "We apologise for the error on invoice 2231; a corrected copy is attached.",
        False,
    ),
    (
        "email",
        "Can I change my delivery slot?",
        "Good luck with the new installation! Your slot is now Thursday AM.",
        False,
    ),
    (
        "email",
        "Why was I charged twice?",
        "The second charge is a pre-authorisation and will drop off in 3 days.",
        False,
    ),
    (
        "social",
        "@bank stuck abroad and my card's been blocked, panicking here",
        "That sounds really stressful being stuck abroad, DM us and we'll get it unblocked fast.",
        True,
    ),
    (
        "social",
        "@trains missed my sister's graduation because you cancelled the 9:15. Gutted.",
        "Gutted for you, that's a day you can't get back. We're sorry.",
        True,
    ),
    (
        "social",
        "@airline you lost my luggage with my wedding dress in it!!!",
        "Oh no, that's every bride's nightmare. We're on it now, please DM us your file reference.",
        True,
    ),
    (
        "social",
        "@shop just got my first paycheque and treated myself to your boots!",
        "Love that! Enjoy every step in them.",
        True,
    ),
    (
        "social",
        "@telco no internet for 3 days, working from home, losing my mind",
        (
            "Three days without internet while working from home would drive anyone mad. "
            "Let's get you back online."
        ),
        True,
    ),
    ("social", "@shop where's my order", "Hi! DM us your order number and we'll check.", False),
    (
        "social",
        "@airline is wifi free on flights?",
        "Hi, wifi is free for messaging on all flights.",
        False,
    ),
    (
        "social",
        "@cafe your new menu is awful",
        "Sorry to hear that! What would you like to see back?",
        False,
    ),
    (
        "social",
        "@bank app down?",
        "We're aware of an issue and engineers are working on it.",
        False,
    ),
    ("social", "@shop do you ship to Ireland", "We do! Happy shopping.", False),
    (
        "everyday",
        "I finally handed in my notice, I'm shaking.",
        "Wow, that takes guts! How are you feeling now it's done?",
        True,
    ),
    (
        "everyday",
        "My car got towed on my birthday.",
        "On your birthday?! That's just cruel timing, I'm sorry.",
        True,
    ),
    (
        "everyday",
        "Work has been insane, I haven't had a day off in three weeks.",
        "No wonder you look shattered. You need a proper rest.",
        True,
    ),
    (
        "everyday",
        "We're expecting a baby!",
        "Oh my gosh, that's amazing news! I'm so happy for you both.",
        True,
    ),
    (
        "everyday",
        "I didn't get into the uni I wanted.",
        "That's so disappointing, I know how much you wanted it.",
        True,
    ),
    (
        "everyday",
        "My landlord is selling and we have to move out in a month.",
        "A month?! That's so stressful, I'm sorry.",
        True,
    ),
    ("everyday", "I'm going to the shop.", "Can you grab some milk?", False),
    ("everyday", "I passed my exam.", "Cool, what's for dinner?", False),
    ("everyday", "I'm exhausted.", "I'm exhausted too, I ran a half marathon this morning.", False),
    ("everyday", "My phone broke.", "Which model was it? The new ones have better screens.", False),
    ("everyday", "I'm nervous about the party.", "It starts at 8 and it's at Sam's place.", False),
    (
        "everyday",
        "The concert was cancelled.",
        "Tickets are refundable within 14 days on the website.",
        False,
    ),
    (
        "phone",
        "Sorry, I'm a bit flustered, I've never had to report a burglary before.",
        "That's perfectly okay, it's a horrible thing to come home to. Take your time.",
        True,
    ),
    (
        "phone",
        "I'm calling because my mum has dementia and keeps ordering things.",
        "That must be really hard for you to manage. Let's put a block on the account together.",
        True,
    ),
    (
        "phone",
        "I'm so cross, I've been cut off twice.",
        "I'd be cross too after being cut off twice. I'll give you my direct line.",
        True,
    ),
    (
        "phone",
        "I need to cancel my late wife's phone contract.",
        "I'm so sorry. I'll take care of all of it so you don't have to call again.",
        True,
    ),
    ("phone", "Hi, I want to pay my bill.", "No problem, can I take the card number?", False),
    ("phone", "The boiler's making a noise.", "Okay, is it a banging or a whistling noise?", False),
    (
        "phone",
        "I'm really annoyed, this is the third time.",
        "Could you confirm your date of birth please?",
        False,
    ),
    (
        "phone",
        "I'd like to complain.",
        "Sorry, can you hold on one moment while I transfer you?",
        False,
    ),
    (
        "phone",
        "I want to move my appointment.",
        "Don't worry if you're running late, we hold slots for 15 minutes.",
        False,
    ),
    ("phone", "Is there a fee to change?", "Sorry, yes, there's a £25 change fee.", False),
    (
        "peer support",
        "I think I'm going to fail this semester.",
        "Make a list of what's due and email your tutors about extensions today.",
        False,
    ),
    (
        "peer support",
        "My therapist retired and I feel abandoned.",
        "That's a real loss, it makes sense you feel abandoned after building that trust.",
        True,
    ),
    (
        "peer support",
        "Lost my job today.",
        "What field are you in? Some companies are hiring remote right now.",
        False,
    ),
    (
        "peer support",
        "Everyone at school ignores me.",
        "I'm glad I finished school, it was a nightmare for me too but I don't think about it now.",
        False,
    ),
    (
        "peer support",
        "I cried at work today.",
        "Happens to the best of us, honestly. Be kind to yourself tonight.",
        True,
    ),
    (
        "chat",
        "I'm worried about the storm damage claim.",
        "Claims for storm damage need photos of the damage and the date it happened.",
        False,
    ),
    (
        "chat",
        "Why does the router keep dropping?",
        "Sounds like a channel clash; I'll switch it to 5GHz for you.",
        False,
    ),
    (
        "chat",
        "The hoover stopped working.",
        "Oh no! Let's see what's going on. Is the light on the handle red or green?",
        True,
    ),
    ("chat", "I'm upset about the charge.", "The charge is for the late payment on 12 May.", False),
    (
        "email",
        "I'm frustrated that the form keeps rejecting my postcode.",
        "The postcode field needs a space in the middle; without it the form rejects it.",
        False,
    ),
    (
        "email",
        "Please close my account.",
        "I'm sad to see you go, but your account is now closed.",
        False,
    ),
    (
        "social",
        "@gym I did my first pull-up today!!",
        "Get in!! That's a huge milestone, well done!",
        True,
    ),
    (
        "social",
        "@bank when does the branch open?",
        "Hi, 9:30 tomorrow. Have a lovely evening!",
        False,
    ),
    ("everyday", "I've got a job interview tomorrow.", "What time is it? I can drive you.", False),
    (
        "phone",
        "I'm frightened to use the gas after the leak.",
        (
            "That's completely understandable after a leak. The engineer will check "
            "everything before you switch it back on."
        ),
        True,
    ),
    (
        "phone",
        "Can you tell me my balance?",
        "Sure, it's £42.10. Anything else I can do for you today?",
        False,
    ),
    (
        "everyday",
        "I'm gutted about the match.",
        "Honestly I didn't even watch it, I was at the cinema.",
        False,
    ),
]

#: Written after that work and scored before its misses were read (first read F1 0.808).
SECOND_BLOCK: list[Case] = [
    (
        "peer support",
        "I got rejected from every grad program I applied to.",
        (
            "Every single one? That's crushing. Give yourself a few days to be sad before you "
            "plan round two."
        ),
        True,
    ),
    (
        "peer support",
        "My younger brother overdosed last month.",
        "I have no words, just that I'm holding you in my thoughts tonight.",
        True,
    ),
    (
        "peer support",
        "I've been isolating and I don't know how to stop.",
        (
            "I went through the same thing last winter, and honestly what broke it for me was "
            "a weekly pottery class. Maybe find one fixed thing each week."
        ),
        False,
    ),
    (
        "peer support",
        "I'm 30 and still live with my parents, I feel pathetic.",
        (
            "Housing is insane right now, loads of people our age are in the same spot. "
            "You're not pathetic, the economy is."
        ),
        True,
    ),
    (
        "peer support",
        "I can't stop comparing myself to my sister.",
        "Comparison is the thief of joy, as they say. Delete Instagram for a month and see.",
        False,
    ),
    (
        "peer support",
        "My panic attacks are back.",
        "Ah no, I'm sorry they're back. Do you still have the breathing app from before?",
        True,
    ),
    (
        "peer support",
        "Nobody remembered my birthday.",
        (
            "Happy belated birthday from a random internet stranger! You deserved a better "
            "day than that."
        ),
        True,
    ),
    (
        "peer support",
        "I have my first shift at the new job tomorrow and I'm so nervous.",
        "First days are always nerve-wracking, but by lunchtime you'll have found your feet.",
        True,
    ),
    (
        "peer support",
        "I told my therapist about my trauma for the first time.",
        "That's a massive step. Really proud of you for letting someone in.",
        True,
    ),
    (
        "peer support",
        "Is it normal to feel numb after a breakup?",
        "Yeah, numbness is really common at first. Your brain is protecting you for a bit.",
        True,
    ),
    ("peer support", "I miss my dad so much.", "How long ago did he pass?", False),
    (
        "peer support",
        "I'm always the one who reaches out first.",
        "Stop reaching out and see who texts you. That tells you who your real friends are.",
        False,
    ),
    (
        "peer support",
        "I had a good day for once!",
        "Love to see it!! Hold on to that feeling.",
        True,
    ),
    (
        "peer support",
        "Feeling really low tonight.",
        "Sitting here with you in spirit. Low nights end, even if it doesn't feel like they will.",
        True,
    ),
    (
        "peer support",
        "My girlfriend cheated on me with my best friend.",
        "Double betrayal, that's a gut punch. You didn't deserve that from either of them.",
        True,
    ),
    (
        "peer support",
        "I don't know why I'm even posting.",
        "Because part of you wants to be heard, and that's a good thing. We're listening.",
        True,
    ),
    (
        "peer support",
        "Therapy is so expensive.",
        "Look for sliding-scale clinics or university training clinics, they're much cheaper.",
        False,
    ),
    (
        "peer support",
        "I think I'm depressed but I'm scared to tell anyone.",
        "I was excited when I finally got a diagnosis because it meant I could get treated.",
        False,
    ),
    (
        "peer support",
        "Everyone says it gets better but when?",
        "I know the waiting feels endless. For me it was about a year, slowly then all at once.",
        True,
    ),
    (
        "peer support",
        "My anxiety made me leave the party early.",
        "Leaving early still counts as going. Be proud you went at all.",
        True,
    ),
    (
        "chat",
        "I'm at my wits' end with this broadband.",
        "I completely understand why you'd be at your wits' end after all this.",
        True,
    ),
    (
        "chat",
        "I've been charged twice and now my rent payment bounced, I'm really panicking.",
        (
            "That's a horrible knock-on effect and I can see why you're panicking. I'll "
            "refund the duplicate now."
        ),
        True,
    ),
    (
        "chat",
        "Can you tell me if the sofa comes in grey?",
        "It does, in charcoal and dove grey.",
        False,
    ),
    (
        "chat",
        "I'm really disappointed the jacket faded after one wash.",
        "Please return it with the receipt and we'll refund you.",
        False,
    ),
    (
        "chat",
        "My daughter was in tears because her order didn't come for her party.",
        "Oh, bless her, that's heartbreaking on her special day. Let me see what I can do tonight.",
        True,
    ),
    (
        "chat",
        "I'm so annoyed, nobody told me the store had closed.",
        "Stores can close at short notice; you can check opening times on our website.",
        False,
    ),
    (
        "chat",
        "Just moved in and the keys don't work, standing outside with my bags.",
        "What a welcome to your new place, I'm sorry. I'm calling the locksmith now.",
        True,
    ),
    (
        "chat",
        "Is there a discount for students?",
        "Yes! 15% with a valid student email. Happy studying!",
        False,
    ),
    (
        "chat",
        "I'm getting really anxious about whether my visa documents arrived.",
        (
            "I understand the anxiety, those papers matter so much. I can confirm they were "
            "signed for this morning."
        ),
        True,
    ),
    (
        "chat",
        "The upgrade broke my settings.",
        (
            "The annoying thing about that update is it resets the theme; you'll find it "
            "under Display."
        ),
        False,
    ),
    (
        "email",
        "I am extremely upset that my complaint was closed without a reply.",
        (
            "I fully appreciate why you are upset and I am sorry your complaint was closed "
            "without a response."
        ),
        True,
    ),
    (
        "email",
        "We have just become grandparents and would like to add the baby to our policy!",
        "Many congratulations on the new arrival! I've added her to the policy.",
        True,
    ),
    (
        "email",
        "Please can you confirm receipt of my documents?",
        "I can confirm that we received your documents on 14 June.",
        False,
    ),
    (
        "email",
        "I find it very stressful dealing with your automated phone line.",
        "I'm sorry, I can understand how stressful that line can be; my direct number is below.",
        True,
    ),
    (
        "email",
        "I am unhappy with the decision to refuse my claim.",
        "Please be advised that you may refer the matter to the ombudsman within six months.",
        False,
    ),
    (
        "email",
        "Could you send me the form again?",
        "I've attached the form. Don't hesitate to get in touch if you have questions.",
        False,
    ),
    (
        "phone",
        "I'm sorry, I'm crying, it's just been a really bad week.",
        "Please don't apologise, it sounds like you've had an awful week. Take a moment.",
        True,
    ),
    (
        "phone",
        "I'm calling about my meter reading.",
        "Of course, can you read me the numbers on the display?",
        False,
    ),
    (
        "phone",
        "Honestly I'm scared I'm going to lose the house.",
        "That's a frightening thought to live with, and I want you to know there are options.",
        True,
    ),
    (
        "phone",
        "This is the fourth time I've called, I'm really fed up.",
        "Let me just pull up your account.",
        False,
    ),
    (
        "social",
        "@council bin not collected for 3 weeks, the smell is unbearable",
        (
            "Three weeks is far too long, that must be grim. We've booked a special "
            "collection for Thursday."
        ),
        True,
    ),
    (
        "social",
        "@airline just landed after 20 hours of delays, never again",
        "What an exhausting journey, we're sorry. Please DM us so we can look at compensation.",
        True,
    ),
    (
        "social",
        "@store what time do you close tonight?",
        "We close at 10pm tonight. See you soon!",
        False,
    ),
    (
        "social",
        "@bank my card's been declined at the till in front of everyone",
        "How embarrassing for you, we're sorry. DM us and we'll check what happened.",
        True,
    ),
    (
        "social",
        "@phoneco loving the new plan!",
        "So happy you're enjoying it! Shout if you need anything.",
        False,
    ),
    (
        "everyday",
        "My flight got cancelled and I'm going to miss my friend's wedding.",
        "No way, that's gutting! Is there any other route you could take?",
        True,
    ),
    (
        "everyday",
        "I'm getting my braces off tomorrow!",
        "Finally! You must be counting the hours.",
        True,
    ),
    (
        "everyday",
        "I was so scared in that storm last night.",
        "We slept right through it, didn't hear a thing.",
        False,
    ),
    (
        "everyday",
        "I lost my wallet on the bus.",
        "Call the bus company, they keep lost property for a week.",
        False,
    ),
    (
        "everyday",
        "My grandpa is in hospital.",
        "Aw no, I hope he's out soon. Tell him I said hi.",
        True,
    ),
    ("everyday", "I finally finished my marathon!", "Congrats, what was your time?", True),
    (
        "everyday",
        "I'm stressed about moving.",
        "I love moving, it's the best excuse to clear out.",
        False,
    ),
    (
        "everyday",
        "I'm so bored at work.",
        "Same here, honestly, I've been staring at the clock since ten.",
        False,
    ),
    ("everyday", "I got a promotion!", "Cool, pass the salt?", False),
]


#: Written after the second block was mended and scored before its misses were read
#: (first read F1 0.739, the same as the engine before this round).
THIRD_BLOCK: list[Case] = [
    (
        "peer support",
        "I've been self-harming again after two years.",
        (
            "Hey, thank you for telling us, that can't have been easy to write. What usually "
            "helps you get through the urge?"
        ),
        True,
    ),
    (
        "peer support",
        "My parents are divorcing and I'm stuck in the middle.",
        "That's an awful place to be put in as a kid. None of this is your job to fix.",
        True,
    ),
    (
        "peer support",
        "I don't enjoy anything anymore, not even games.",
        (
            "Anhedonia is a classic symptom of depression. An SSRI or talking therapy can "
            "help with it, so mention it to your doctor."
        ),
        False,
    ),
    (
        "peer support",
        "I think my friends only tolerate me.",
        (
            "I used to think that too, then I realised I was projecting. Now I just ask them "
            "straight out if we're good."
        ),
        False,
    ),
    (
        "peer support",
        "Today marks one year since my son died.",
        "No words can touch that. Sending you so much love on such a heavy day.",
        True,
    ),
    (
        "peer support",
        "I'm scared I'll never find anyone.",
        "Dude you're 22. Plenty of time. Get on the apps and go to some meetups.",
        False,
    ),
    (
        "peer support",
        "My boss screamed at me in front of everyone.",
        "What a jerk. Nobody deserves to be humiliated at work like that.",
        True,
    ),
    (
        "peer support",
        "I finally booked a GP appointment about my mental health.",
        "That's huge, seriously. The booking is often the hardest bit.",
        True,
    ),
    (
        "peer support",
        "I keep thinking everyone would be better off without me.",
        (
            "They wouldn't, truly. I'm really glad you said it out loud here. Can you reach a "
            "crisis line tonight?"
        ),
        True,
    ),
    (
        "peer support",
        "I passed my probation at work!",
        "Nice one, congrats! Celebrate tonight.",
        True,
    ),
    (
        "peer support",
        "Why do I always ruin relationships?",
        "Attachment styles are worth reading about. Anxious-avoidant pairings are super common.",
        False,
    ),
    (
        "peer support",
        "I'm exhausted from caring for my mum.",
        (
            "Carers burn out so easily and it's nobody's fault. You're doing something really "
            "hard, and it's okay to need a break."
        ),
        True,
    ),
    (
        "peer support",
        "My ex is getting married next week.",
        "Oof, that'll stir up all kinds of stuff. Be extra kind to yourself that day.",
        True,
    ),
    (
        "peer support",
        "I had to rehome my dog because of my new flat.",
        "Ah man, that's so sad. You clearly did it for his sake though.",
        True,
    ),
    (
        "peer support",
        "I don't feel like I belong anywhere.",
        (
            "I moved countries three times as a kid so I never felt I belonged either. Now I "
            "live in Berlin."
        ),
        False,
    ),
    (
        "peer support",
        "Does it ever stop hurting?",
        (
            "In my experience it softens. Some days it'll still sting, but the good days "
            "start to outnumber them."
        ),
        True,
    ),
    ("peer support", "I got my first tattoo today!", "Ooh what did you get? Post a pic!", False),
    (
        "peer support",
        "I feel so stupid for trusting him.",
        "You're not stupid for trusting someone, he's the one who broke it.",
        True,
    ),
    (
        "chat",
        "I'm so upset, the cake for my daughter's wedding arrived smashed.",
        (
            "Oh no, on her wedding day! I'm so sorry. Let me see if the store can remake it "
            "this morning."
        ),
        True,
    ),
    (
        "chat",
        "I've been locked out of my account for days and my salary goes in there.",
        "That must be really worrying with your wages due. Let's get you back in now.",
        True,
    ),
    (
        "chat",
        "Can I change the colour of my order?",
        "Yes, as long as it hasn't been dispatched. Which colour would you like?",
        False,
    ),
    (
        "chat",
        "I'm absolutely livid, the delivery driver threw my parcel over the fence.",
        "That's not acceptable. I've logged it with the courier and I'll send a replacement.",
        False,
    ),
    (
        "chat",
        "My dad's in hospital and I need to pause his broadband.",
        "I'm sorry your dad's unwell, I hope he's home soon. I'll pause it from today.",
        True,
    ),
    (
        "chat",
        "The new update is really frustrating to use.",
        "Thanks for the feedback, I'll pass it to the product team.",
        False,
    ),
    (
        "chat",
        "We're so happy with the new kitchen, thank you!",
        "Aww, that's lovely to hear, thank you! Enjoy cooking in it.",
        True,
    ),
    ("chat", "How long is the warranty?", "Two years from the date of delivery.", False),
    (
        "chat",
        "I'm worried I'll be charged again next month.",
        "You won't be, the subscription is cancelled and no further payments will be taken.",
        False,
    ),
    (
        "chat",
        "I've been waiting six weeks for my passport and my holiday is Monday.",
        (
            "That's a lot of pressure with Monday so close, I completely understand why "
            "you're anxious. Let me check where it is."
        ),
        True,
    ),
    (
        "email",
        "I was treated very rudely by your staff and left the store in tears.",
        "I am so sorry you were left so upset; you should never have been spoken to that way.",
        True,
    ),
    (
        "email",
        "Our order for the school fair is late.",
        "Your order left the warehouse this morning and will arrive on Thursday.",
        False,
    ),
    (
        "email",
        "I'm disappointed that the event sold out before members could book.",
        "We understand this is disappointing, and we're adding a second date for members first.",
        True,
    ),
    (
        "email",
        "I would like a copy of my data.",
        "We have received your request and will respond within one month as required.",
        False,
    ),
    (
        "email",
        "I am frightened of the bailiffs coming.",
        (
            "Please don't be frightened; I have put your account on hold so no action will be "
            "taken while we talk."
        ),
        True,
    ),
    (
        "email",
        "Can you confirm my appointment?",
        "I'm pleased to confirm your appointment on 4 May at 10:30.",
        False,
    ),
    (
        "phone",
        "It's been a nightmare, three engineers and it still doesn't work.",
        (
            "Three visits and still not working, I'd be tearing my hair out. Let me book our "
            "senior engineer."
        ),
        True,
    ),
    (
        "phone",
        "I'd like to close my late husband's account.",
        "Of course. Can I take the account number?",
        False,
    ),
    (
        "phone",
        "I'm sorry, I'm a bit all over the place today.",
        "That's absolutely fine, there's no rush. We'll go through it together.",
        True,
    ),
    (
        "phone",
        "Why is my bill so high?",
        "It includes a one-off charge for the engineer visit in April.",
        False,
    ),
    (
        "social",
        "@railco stood for two hours on a packed train with a broken leg",
        "That sounds like an awful journey, especially with your leg. We're really sorry.",
        True,
    ),
    (
        "social",
        "@shop the dress I ordered for prom came ripped, prom is tomorrow",
        "Oh no, that's so stressful the night before prom! DM us and we'll sort a same-day swap.",
        True,
    ),
    ("social", "@shop do you have this in a size 12?", "We do! It's back in stock online.", False),
    (
        "social",
        "@energyco why has my direct debit doubled??",
        "Hi, DM us your account number and we'll take a look.",
        False,
    ),
    (
        "social",
        "@hotel best stay ever, the staff made our anniversary!",
        "We're thrilled you had such a special anniversary with us!",
        True,
    ),
    (
        "everyday",
        "My cat just died.",
        "Oh love, I'm so sorry. She had such a good life with you.",
        True,
    ),
    (
        "everyday",
        "I didn't get the flat.",
        "Next one will be better, plenty more on the market.",
        True,
    ),
    (
        "everyday",
        "I'm terrified of the dentist tomorrow.",
        "I'll pick you up after, we can get milkshakes.",
        False,
    ),
    (
        "everyday",
        "I've been promoted to team lead!",
        "Get you! That's brilliant, you've earned it.",
        True,
    ),
    ("everyday", "I'm so tired.", "Go to bed then.", False),
    ("everyday", "I miss my friends from home.", "Why don't you call them this weekend?", False),
    (
        "everyday",
        "I crashed the car but nobody's hurt.",
        "Thank goodness you're all okay, that must have been so scary.",
        True,
    ),
    (
        "everyday",
        "I'm nervous about my first date in years.",
        "Wear the green shirt, it suits you.",
        False,
    ),
    ("everyday", "I can't find my keys anywhere.", "Check your coat pocket.", False),
]


#: Weighted to everyday talk (as in empathetic dialogues), service chat and e-mail; written
#: after the third block was mended and scored before its misses were read (first read
#: F1 0.760, the engine before this round 0.735).
FOURTH_BLOCK: list[Case] = [
    (
        "everyday",
        "I found out my childhood home is being torn down.",
        "Oh, that's bittersweet. So many memories in those walls.",
        True,
    ),
    (
        "everyday",
        "My neighbour's dog barks all night and I haven't slept properly in weeks.",
        "Weeks of broken sleep? I'd be losing it. Have you spoken to them?",
        True,
    ),
    (
        "everyday",
        "I won a raffle at work, a weekend away!",
        "No way, lucky you! Where are you going to go?",
        True,
    ),
    (
        "everyday",
        "I accidentally called my teacher 'mum' today.",
        "Haha, we've all done that! Don't sweat it.",
        True,
    ),
    ("everyday", "I've been feeling really homesick lately.", "Where's home for you?", False),
    (
        "everyday",
        "My sister is finally coming home from the army.",
        "That's wonderful, your family must be so relieved.",
        True,
    ),
    (
        "everyday",
        "My phone slipped out of my pocket into the canal.",
        "Did you get it back out?",
        False,
    ),
    (
        "everyday",
        "I was so proud of my son at his graduation.",
        "That's a proud parent moment right there, you must have been beaming.",
        True,
    ),
    (
        "everyday",
        "I found a spider in my bed last night.",
        "I'd have slept on the sofa, no question. Spiders are my worst nightmare.",
        True,
    ),
    (
        "everyday",
        "My best friend forgot my wedding.",
        "Forgot your WEDDING? That's hurtful, I'm sorry.",
        True,
    ),
    (
        "everyday",
        "I've been learning to bake bread.",
        "Sourdough or yeast? I've always wanted to try.",
        False,
    ),
    (
        "everyday",
        "I'm annoyed my roommate ate my leftovers.",
        "The fridge in our flat has labels for that reason.",
        False,
    ),
    (
        "everyday",
        "My grandmother turned 100 today!",
        "A hundred! What a milestone, give her a big hug from me.",
        True,
    ),
    (
        "everyday",
        "I got a parking ticket while visiting my mum in hospital.",
        "That's so unfair when you were visiting someone in hospital. I'd appeal it.",
        True,
    ),
    (
        "everyday",
        "I feel like my coworkers don't respect me.",
        "Try asking for feedback in your one-to-one.",
        False,
    ),
    (
        "everyday",
        "I'm moving abroad next month and I'm nervous.",
        "Nervous is totally fair, it's a big leap. Exciting though!",
        True,
    ),
    (
        "everyday",
        "I'm really disappointed in myself for failing.",
        "I failed the first time too, now I teach the course.",
        False,
    ),
    (
        "everyday",
        "My daughter took her first steps!",
        "Oh how lovely! Did you get it on video?",
        True,
    ),
    (
        "chat",
        "This is the fourth router you've sent and none of them work, I'm done.",
        (
            "I hear you, four faulty routers would push anyone to the edge. I'm sending an "
            "engineer instead."
        ),
        True,
    ),
    (
        "chat",
        "I'm nervous about switching banks in case my wages go missing.",
        "That's a really common worry, and the switch service guarantees your payments follow you.",
        True,
    ),
    (
        "chat",
        "I got the wrong size again, so annoying.",
        "So sorry about that! I'll send the right size free of charge.",
        True,
    ),
    (
        "chat",
        "My grandson set up this account for me and I don't know what I'm doing.",
        "You're doing just fine, we'll figure it out together step by step.",
        True,
    ),
    (
        "chat",
        "Why is my order showing cancelled?",
        "It was cancelled because the card was declined. You can place it again.",
        False,
    ),
    (
        "chat",
        "I'm so stressed, my flight is in 3 hours and I can't check in online.",
        "Let's get you sorted quickly. What's the booking reference?",
        False,
    ),
    (
        "chat",
        "My washing machine flooded the kitchen.",
        "Oh no, what a mess to deal with! Is the water turned off at the mains?",
        True,
    ),
    ("chat", "Can you tell me my data allowance?", "You have 12GB left this month.", False),
    (
        "chat",
        "I've been a customer for 20 years and I feel ignored.",
        (
            "After 20 years you deserve to feel valued, not ignored, and I'm sorry we've got "
            "that wrong."
        ),
        True,
    ),
    (
        "chat",
        "The technician was brilliant, thank you!",
        "That's lovely, I'll make sure he hears it.",
        False,
    ),
    (
        "chat",
        "I'm really upset, my holiday photos were deleted by the update.",
        (
            "I can see how upsetting that is, those photos can't be replaced. Let's check the "
            "cloud backup first."
        ),
        True,
    ),
    (
        "chat",
        "I feel stupid, I can't find the settings.",
        "Not stupid at all, it's tucked away. Tap the three dots at the top.",
        True,
    ),
    (
        "chat",
        "I'm worried the payment went through twice.",
        "Let me check. I can see only one payment of £45.",
        False,
    ),
    (
        "chat",
        "I'm so happy, the refund came through!",
        "Great, is there anything else I can help with?",
        False,
    ),
    (
        "email",
        "I am writing in a state of real distress about the eviction notice.",
        (
            "I am sorry this notice has caused you such distress, and I want to assure you "
            "that nothing will happen without a conversation with you first."
        ),
        True,
    ),
    (
        "email",
        "I'm fed up with the repeated billing errors.",
        "I have corrected the bill and applied a credit of £20.",
        False,
    ),
    (
        "email",
        "My mother passed away last month and I need to cancel her membership.",
        (
            "Please accept our sincere condolences. I have cancelled the membership and "
            "refunded the remaining months."
        ),
        True,
    ),
    (
        "email",
        "I'm concerned about the noise from the construction site.",
        "The works are permitted between 8am and 6pm on weekdays.",
        False,
    ),
    (
        "email",
        "We are thrilled with the wedding photos!",
        "We're so pleased you love them; it was a joy to capture your day.",
        True,
    ),
    (
        "email",
        "I'm anxious about whether my visa will be approved in time.",
        (
            "Waiting on a visa decision is an anxious time, and I've asked the team to "
            "prioritise your file."
        ),
        True,
    ),
    (
        "email",
        "Please stop posting paper statements to me.",
        "Paper statements are switched off from next month; they'll be in the app instead.",
        False,
    ),
    (
        "email",
        "I was humiliated when my card was refused at the checkout.",
        "I'm truly sorry for the embarrassment that caused you at the till.",
        True,
    ),
    (
        "phone",
        "I'm shaking, I think someone has been in my account.",
        "Okay, you're safe to talk to me and we're going to lock it right now. Take a breath.",
        True,
    ),
    ("phone", "I want to change my tariff.", "Sure, which tariff are you on at the moment?", False),
    (
        "phone",
        "I just need to vent, the app has been awful this week.",
        "Go ahead, I'm all ears. A week of that would wear anyone down.",
        True,
    ),
    (
        "phone",
        "My husband's been made redundant and we can't make the payment.",
        "I'm sorry, that's a really worrying time for you both. Let's look at a payment holiday.",
        True,
    ),
    ("phone", "I'm calling to report a streetlight out.", "Thanks, which street is it on?", False),
    (
        "phone",
        "I'm so angry, nobody turned up again.",
        "Can I take the reference number please?",
        False,
    ),
    (
        "social",
        "@pizzaco 2 hours for a pizza and it came cold. Starving and furious.",
        "Two hours and a cold pizza, we'd be furious too. DM us and we'll put it right.",
        True,
    ),
    (
        "social",
        "@gymco just hit my weight-loss goal after a year!!",
        "A whole year of hard work, that's incredible. Huge congratulations!",
        True,
    ),
    (
        "social",
        "@bookshop do you price match?",
        "We don't price match, sorry, but members get 10% off.",
        False,
    ),
    (
        "social",
        "@transit broken lift at the station AGAIN, I'm in a wheelchair",
        "That's completely unacceptable and we're sorry. We've reported it as urgent.",
        True,
    ),
    (
        "social",
        "@airline any news on flight BA123?",
        "It's showing a 40 minute delay at the moment.",
        False,
    ),
    (
        "social",
        "@telco my contract ends soon, what are my options?",
        "Hi! DM us and we'll run through the best deals.",
        False,
    ),
]


#: Mixed settings, written last, after every other block was mended, and scored before
#: its misses were read: the honest estimate for this round (first read F1 0.739, P 1.00,
#: R 0.59, exactly what the engine before this round read).
FIFTH_BLOCK: list[Case] = [
    (
        "peer support",
        "My therapist said I might have BPD and I'm spiralling.",
        (
            "A possible diagnosis like that can knock the wind out of you. It's just a label "
            "to help treatment, it doesn't define you."
        ),
        True,
    ),
    (
        "peer support",
        "I haven't left my room in four days.",
        (
            "Four days is a long time to be stuck in there alone. Could you open a window or "
            "step outside for five minutes today?"
        ),
        True,
    ),
    (
        "peer support",
        "I keep having nightmares about the accident.",
        "EMDR is really effective for trauma nightmares, ask your GP about a referral.",
        False,
    ),
    (
        "peer support",
        "Got my first paycheck after two years unemployed!",
        "LET'S GO! Two years of grinding and you made it.",
        True,
    ),
    (
        "peer support",
        "My fiancé called off the wedding.",
        "I'm gutted for you. Whatever you're feeling right now, it's valid.",
        True,
    ),
    (
        "peer support",
        "Anyone else's parents never say they're proud?",
        "Mine neither. My dad only ever talks about football.",
        False,
    ),
    (
        "peer support",
        "I'm scared to go back to work after my breakdown.",
        (
            "Returning after a breakdown is daunting, anyone would be scared. Maybe ask about "
            "a phased return?"
        ),
        True,
    ),
    (
        "peer support",
        "My cat is the only reason I'm still here.",
        "Give that cat an extra treat from me. I'm glad you have each other.",
        True,
    ),
    (
        "peer support",
        "I'm so lonely at uni.",
        "Uni loneliness is brutal and hardly anyone admits it. You're not the odd one out.",
        True,
    ),
    (
        "peer support",
        "I can't afford my meds this month.",
        "Check if your pharmacy does a prepayment certificate, it caps the cost.",
        False,
    ),
    (
        "peer support",
        "I think I'm finally healing.",
        "This made my day to read. Keep going, you're doing amazing.",
        True,
    ),
    (
        "peer support",
        "My mum is in hospice.",
        "What hospice is she in? Some have family rooms you can stay in.",
        False,
    ),
    (
        "peer support",
        "Everyone forgot I exist at the party.",
        "Parties are the worst for that. I'd have left early too honestly.",
        True,
    ),
    (
        "peer support",
        "I'm 45 and starting over after divorce.",
        "I started over at 50. Bought a van and drove around Scotland.",
        False,
    ),
    (
        "peer support",
        "Some days I hate myself.",
        "I wish you could see yourself the way the people who love you do.",
        True,
    ),
    (
        "chat",
        "My order was meant for my nephew's christening tomorrow and it's not here.",
        "Oh no, with the christening tomorrow too! Let me see if we can get a courier out tonight.",
        True,
    ),
    (
        "chat",
        "I'm so frustrated with the login codes never arriving.",
        "Codes are sent to the number ending 42. Is that still correct?",
        False,
    ),
    (
        "chat",
        "I'm really sorry to bother you again about this.",
        "You're not bothering me at all, it's what I'm here for.",
        True,
    ),
    (
        "chat",
        "I've been waiting a month for my deposit back and I'm struggling to pay rent.",
        (
            "I'm sorry, that's a really tough spot to be in with rent due. I've escalated the "
            "deposit today."
        ),
        True,
    ),
    (
        "chat",
        "Can I pay in instalments?",
        "Yes, you can split it into three monthly payments.",
        False,
    ),
    (
        "chat",
        "It's my first time ordering online and I'm a bit nervous.",
        "Totally fair to feel nervous the first time! I'll stay with you until it's done.",
        True,
    ),
    (
        "chat",
        "The jacket is lovely but too small.",
        "No problem, which size would you like instead?",
        False,
    ),
    (
        "chat",
        "My pension payment hasn't arrived and I'm frightened I won't be able to buy food.",
        "That must be so frightening. I'm putting an urgent payment through right now.",
        True,
    ),
    ("chat", "This chatbot is useless.", "I'm a real person! How can I help?", False),
    (
        "chat",
        "I just passed my driving test and want to add myself to the insurance!",
        "Congratulations on passing, what a feeling! Let's get you insured.",
        True,
    ),
    (
        "email",
        "I'm very upset that my late mother's account is still sending her letters.",
        (
            "I'm deeply sorry; receiving letters addressed to your mother must be painful. I "
            "have stopped all correspondence."
        ),
        True,
    ),
    (
        "email",
        "I am dissatisfied with the response to my complaint.",
        "Your complaint has been escalated to stage two and you will hear within 8 weeks.",
        False,
    ),
    (
        "email",
        "I'm worried about the damp in my son's bedroom.",
        (
            "I can understand your concern, especially with a child sleeping there. An "
            "inspector will visit on Tuesday."
        ),
        True,
    ),
    (
        "email",
        "Could you send the receipt for order 1182?",
        "Receipt attached, thank you for shopping with us.",
        False,
    ),
    (
        "email",
        "I am thrilled to tell you I've been accepted onto the apprenticeship!",
        "What fantastic news, congratulations! We're all really proud of you.",
        True,
    ),
    (
        "email",
        "The replacement part still hasn't arrived.",
        "The part is on back order and expected on the 14th.",
        False,
    ),
    (
        "phone",
        "I'm sorry, I'm just so overwhelmed with all these bills.",
        (
            "It's a lot to face at once, and you've done the hard bit by calling. Let's take "
            "them one at a time."
        ),
        True,
    ),
    ("phone", "Is the engineer still coming today?", "Yes, he's due between 2 and 4.", False),
    (
        "phone",
        "I'm really annoyed, you've cut my water off by mistake.",
        "Right, I'll get a crew out to reconnect you within the hour.",
        False,
    ),
    (
        "phone",
        "My son is autistic and the noise of the works is really distressing him.",
        "That sounds really hard for him and for you. I'll ask the crew about quieter hours.",
        True,
    ),
    (
        "social",
        "@cinema my kids were so excited and the screening got cancelled",
        "Oh, poor kids, that's such a let-down. Please DM us and we'll send free tickets.",
        True,
    ),
    ("social", "@store is the sale online too?", "Yes, the sale is online and in store!", False),
    (
        "social",
        "@bank thanks for sorting my fraud case so fast, I was a wreck",
        "So glad we could help, and sorry you went through such a scare.",
        True,
    ),
    (
        "social",
        "@railco your app says on time, the board says cancelled",
        "Apologies for the mixed messages, the service is cancelled.",
        False,
    ),
    (
        "everyday",
        "I got stood up on a date.",
        "Their loss, seriously. That must have felt rubbish though.",
        True,
    ),
    ("everyday", "I'm dreading my exam results.", "When do they come out?", False),
    (
        "everyday",
        "I just adopted a rescue dog!",
        "Oh my days, that's the best news! What's his name?",
        True,
    ),
    (
        "everyday",
        "My plants all died while I was away.",
        "You should get self-watering pots.",
        False,
    ),
    (
        "everyday",
        "I tripped in front of my whole class.",
        "Cringe! We've all had a moment like that, it'll be forgotten by Friday.",
        True,
    ),
    (
        "everyday",
        "My best friend's moving to Australia.",
        "That's going to leave a big hole, I'm sorry. At least you'll have somewhere to visit!",
        True,
    ),
    ("everyday", "I'm so full, I ate too much.", "Same, I had three slices of cake.", False),
    ("everyday", "I lost my grandad's watch.", "Where did you last have it?", False),
    ("everyday", "I got my dream job!", "Knew you would! Absolutely buzzing for you.", True),
    (
        "everyday",
        "My brother keeps borrowing money and never pays it back.",
        "Stop lending to him, simple as that.",
        False,
    ),
    (
        "everyday",
        "I'm heartbroken, my tortoise died after 40 years.",
        "Forty years together, that's a lifetime of love. I'm so sorry.",
        True,
    ),
    (
        "everyday",
        "I'm nervous about my presentation.",
        "Just picture everyone in their underwear.",
        False,
    ),
]


#: Weighted to brands on social media, live chat, e-mail and everyday talk (the judge's
#: other sources); written after the fifth was mended and scored before its misses were
#: read (first read F1 0.776, P 0.95, R 0.66, the same as the engine before this round).
SIXTH_BLOCK: list[Case] = [
    (
        "social",
        "@mobileco been without signal for a week, can't even call my mum in hospital",
        (
            "That's really worrying with your mum in hospital, we're sorry. Can you DM us "
            "your postcode so we can check the mast?"
        ),
        True,
    ),
    (
        "social",
        "@airline you bumped me off my flight to my dad's 70th. thanks a lot",
        (
            "Missing your dad's 70th would be so upsetting, and we're sorry. Please DM us "
            "your booking ref."
        ),
        True,
    ),
    (
        "social",
        "@foodco found a hair in my salad, gross",
        "Sorry about that, please DM us a photo and the batch code.",
        False,
    ),
    (
        "social",
        (
            "@bank your app logged me out mid-transfer and now I don't know if it went "
            "through. panicking"
        ),
        (
            "Totally understand the panic! It hasn't gone through twice, we can see one "
            "payment. DM us if you'd like us to confirm."
        ),
        True,
    ),
    (
        "social",
        "@shoeshop the heel snapped the second time I wore them",
        "That's not on! DM us your order number and we'll arrange a refund.",
        True,
    ),
    (
        "social",
        "@streamco the show keeps buffering",
        "Have you tried restarting the app and your router?",
        False,
    ),
    (
        "social",
        "@parcelco third missed delivery this week, I've been in all day!!",
        (
            "Waiting in all day for nothing is so frustrating, we're sorry. Please DM us the "
            "tracking number."
        ),
        True,
    ),
    (
        "social",
        "@coffeeco the barista remembered my name and my order, made my morning!",
        "Aw, this is the best kind of tweet! We'll pass it on to the team.",
        True,
    ),
    (
        "social",
        "@energyco why is my bill £400",
        "Please DM us your account number and we'll check the readings.",
        False,
    ),
    (
        "social",
        "@hotelco our room wasn't cleaned once in 5 days",
        "That's not the standard we expect at all. DM us your booking and we'll look into it.",
        False,
    ),
    (
        "social",
        "@gameco lost 200 hours of progress after the update. I'm actually devastated",
        (
            "Losing 200 hours is heartbreaking, we completely get why you're devastated. Our "
            "team is looking at save recovery."
        ),
        True,
    ),
    (
        "social",
        "@techco is the new phone waterproof?",
        "It's rated IP68, so it's fine in the rain and a quick splash.",
        False,
    ),
    (
        "chat",
        "My card was stolen and they've spent £900, I feel sick.",
        (
            "I'm so sorry, that's a horrible feeling. I've frozen the card and we'll start a "
            "fraud claim right now."
        ),
        True,
    ),
    (
        "chat",
        "Hi, can I book a test drive for Saturday?",
        "Of course! What time works best?",
        False,
    ),
    (
        "chat",
        "I'm really anxious because my train ticket shows the wrong date and I travel in an hour.",
        "Don't panic, I can see the right date on our side. I'll reissue it to your email now.",
        True,
    ),
    (
        "chat",
        "The boiler's broken and it's minus two outside, I've got a newborn.",
        (
            "Oh goodness, that's the last thing you need with a newborn. I'm booking an "
            "emergency visit now."
        ),
        True,
    ),
    (
        "chat",
        "I'm fuming, I was charged for a subscription I cancelled.",
        "I can see the cancellation on 2 March, so I'll refund the charge.",
        False,
    ),
    (
        "chat",
        "I've told three people this already and I'm getting tired of repeating myself.",
        (
            "I'm sorry you've had to repeat it so many times, that's exhausting. I've read "
            "the notes, so no need to go over it again."
        ),
        True,
    ),
    ("chat", "Is there parking at the venue?", "Yes, there's a car park behind the venue.", False),
    (
        "chat",
        "My wife and I just had twins and need to add them to the health plan!",
        "Congratulations, double the joy! I'll add them now.",
        True,
    ),
    (
        "chat",
        "This is ridiculous, why does it take ten days to refund?",
        "Refunds take up to ten days because the bank processes them.",
        False,
    ),
    (
        "chat",
        "I'm a bit lost with all these settings, sorry.",
        "Don't apologise at all, they're confusing! Let's go through it together.",
        True,
    ),
    (
        "chat",
        "I'm upset the flowers I sent were wilted.",
        "Please send us a photo and we'll look into it.",
        False,
    ),
    (
        "chat",
        "I'm so happy with the new sofa, thank you!",
        "That's great to hear! Is there anything else I can help with?",
        False,
    ),
    (
        "email",
        "I am writing because I feel I have been treated unfairly by your staff.",
        "I am sorry you feel you were treated unfairly, and I take what you describe seriously.",
        True,
    ),
    (
        "email",
        "Please update my address to 14 Mill Lane.",
        "Your address has been updated to 14 Mill Lane.",
        False,
    ),
    (
        "email",
        "The stress of this dispute has made me unwell.",
        (
            "I am very sorry to hear that this dispute has affected your health, and I want "
            "to resolve it quickly for you."
        ),
        True,
    ),
    (
        "email",
        "I have still not received my refund, this is unacceptable.",
        "Your refund of £45 was issued today and will show in 3-5 working days.",
        False,
    ),
    (
        "email",
        "We're heartbroken that the venue cancelled our anniversary dinner.",
        (
            "I'm so sorry your anniversary plans were spoiled. We'd love to host you on "
            "another date with our compliments."
        ),
        True,
    ),
    (
        "email",
        "I'm writing to thank your nurse for her kindness during my husband's final days.",
        (
            "Thank you for taking the time to write at such a painful time. Please accept our "
            "condolences."
        ),
        True,
    ),
    (
        "email",
        "What documents do I need for the mortgage application?",
        "You will need three months of payslips and photo ID.",
        False,
    ),
    (
        "email",
        "I'm disappointed that my order was split into three deliveries.",
        "Orders are split when items ship from different warehouses.",
        False,
    ),
    (
        "everyday",
        "I was so embarrassed when I forgot my lines in the play.",
        "Oh no, that's everyone's nightmare! I bet nobody even noticed.",
        True,
    ),
    (
        "everyday",
        "My car broke down on the motorway last night.",
        "That sounds terrifying, were you okay?",
        True,
    ),
    (
        "everyday",
        "I just found out I'm going to be an aunt!",
        "Aww, congratulations, auntie! That's so exciting.",
        True,
    ),
    ("everyday", "I had to put my horse down yesterday.", "What breed was she?", False),
    (
        "everyday",
        "I've been feeling really grateful for my friends lately.",
        "That's lovely, good friends are everything.",
        True,
    ),
    (
        "everyday",
        "I got really jealous when my brother got a new car.",
        "What kind of car did he get?",
        False,
    ),
    (
        "everyday",
        "My son didn't get picked for the team and he's crushed.",
        "Aw, poor lad, that's a tough lesson at his age. He'll bounce back.",
        True,
    ),
    ("everyday", "I'm really looking forward to my holiday.", "Where are you going?", False),
    (
        "everyday",
        "I was really scared during the thunderstorm.",
        "Storms can be really frightening, especially at night.",
        True,
    ),
    (
        "everyday",
        "I can't believe my friend lied to me.",
        "That's such a betrayal, I'd be hurt too.",
        True,
    ),
    ("everyday", "I aced my exam!", "Told you you would! Drinks on me.", True),
    ("everyday", "I'm bored of my job.", "Have you looked at other roles internally?", False),
    ("everyday", "I just met my favourite singer!", "Shut up, no way! Did you get a photo?", True),
    ("everyday", "My flight was delayed by six hours.", "Which airline was it?", False),
    (
        "everyday",
        "I feel guilty that I haven't called my gran in ages.",
        (
            "Give her a ring tonight, she'll be thrilled to hear from you. Don't beat "
            "yourself up about it."
        ),
        True,
    ),
    (
        "everyday",
        "My husband surprised me with a trip to Paris!",
        "He's a keeper! How romantic.",
        True,
    ),
    (
        "everyday",
        "I'm annoyed that it rained on my wedding day.",
        "Rain on your wedding day is supposed to be lucky!",
        True,
    ),
    (
        "everyday",
        "I'm nervous about meeting my girlfriend's parents.",
        "Bring flowers for her mum.",
        False,
    ),
]


#: Longer replies of two to four sentences, as EPITOME's are, where comfort sits beside
#: advice or a question; written last and scored before its misses were read (first read
#: F1 0.760, P 1.00, R 0.61; the engine before this round 0.681).
SEVENTH_BLOCK: list[Case] = [
    (
        "peer support",
        "I've been clean from self-harm for 30 days but tonight is really hard.",
        (
            "30 days is something to be really proud of, and a hard night doesn't erase it. "
            "What's been different about tonight? Sometimes holding an ice cube or snapping a "
            "hair tie helps me ride out the urge."
        ),
        True,
    ),
    (
        "peer support",
        "My parents keep comparing me to my cousin who's a doctor.",
        (
            "My parents did that with my older brother for years. I ended up moving out at 18 "
            "and we get on better now. Distance helped a lot."
        ),
        False,
    ),
    (
        "peer support",
        "I just feel empty all the time.",
        (
            "Empty is one of the hardest feelings to explain to people, because there's "
            "nothing to point at. I'm sorry you're sitting in it. Has it been like this for "
            "long?"
        ),
        True,
    ),
    (
        "peer support",
        "I think I need to go to the ER but I'm scared.",
        (
            "Going is the right call, and being scared about it makes total sense. Can "
            "someone go with you? If not, the staff are used to people arriving alone and "
            "frightened."
        ),
        True,
    ),
    (
        "peer support",
        "I got fired for having panic attacks at work.",
        (
            "That might be disability discrimination depending on where you live. Look up "
            "your local employment tribunal or labour board, and keep any emails or notes "
            "from meetings."
        ),
        False,
    ),
    (
        "peer support",
        "My husband says I'm too sensitive.",
        (
            "Being sensitive isn't a flaw. The way he says it sounds dismissive, and you "
            "deserve to be heard rather than brushed off."
        ),
        True,
    ),
    (
        "peer support",
        "I can't stop crying since my dog died.",
        (
            "Crying for him is love with nowhere to go. It's been such a short time, go "
            "gently. Do you have a photo of him somewhere you can see it?"
        ),
        True,
    ),
    (
        "peer support",
        "I have no motivation to do anything.",
        (
            "Start with the tiniest thing possible, like brushing your teeth or drinking "
            "water. Then build from there. Motivation follows action, not the other way "
            "round."
        ),
        False,
    ),
    (
        "peer support",
        "I'm terrified I'm going to end up alone forever.",
        (
            "I was convinced of that at 28, met my partner at 33. Not saying that's your "
            "path, but the fear lies to you about the future. How are things right now with "
            "friends?"
        ),
        True,
    ),
    (
        "peer support",
        "I don't know how to tell my parents I dropped out.",
        (
            "Write it in a letter first so you can get your thoughts straight. Parents tend "
            "to take things better when they can see you have a plan."
        ),
        False,
    ),
    (
        "peer support",
        "Today I finally asked for help at work.",
        (
            "That's a massive step and I hope you're giving yourself credit for it. Asking "
            "for help is a skill, not a weakness. How did they respond?"
        ),
        True,
    ),
    (
        "peer support",
        "Nobody at my new school talks to me.",
        (
            "New schools are brutal, especially if everyone already has their groups. Clubs "
            "were how I found people. Is there anything like drama or a sports team you could "
            "try?"
        ),
        True,
    ),
    (
        "peer support",
        "My therapist is going on maternity leave and I'm freaking out.",
        (
            "That's a big change to sit with, and it makes sense it feels unsettling. Ask if "
            "they can set up a cover therapist and a handover session before they go."
        ),
        True,
    ),
    (
        "peer support",
        "I'm 19 and have never had a job.",
        (
            "Plenty of people haven't at 19. Try retail or hospitality, they hire without "
            "experience. Make a simple CV and hand it in person."
        ),
        False,
    ),
    (
        "peer support",
        "I relapsed on drinking last night after six months.",
        (
            "Six months is still six months, the relapse doesn't wipe that out. I know the "
            "shame the morning after can be crushing. Are you going to check in with your "
            "sponsor?"
        ),
        True,
    ),
    (
        "peer support",
        "I feel like I'm faking my depression.",
        (
            "Impostor feelings are super common with depression, it's almost a symptom in "
            "itself. People who are faking don't usually lose sleep worrying about it."
        ),
        True,
    ),
    (
        "peer support",
        "My mum was diagnosed with cancer today.",
        "What type? Treatment has come a long way for a lot of cancers.",
        False,
    ),
    (
        "peer support",
        "I finally left my abusive relationship.",
        (
            "You got out. That's one of the bravest things a person can do and I'm so glad "
            "you're safe. Please lean on whoever you can right now."
        ),
        True,
    ),
    (
        "peer support",
        "I'm struggling with my weight.",
        "Calorie counting apps helped me more than any diet did. Also try walking after dinner.",
        False,
    ),
    (
        "peer support",
        "Everyone I love leaves eventually.",
        (
            "I understand why it feels that way after losing so many people. That pattern "
            "would make anyone brace for the next goodbye."
        ),
        True,
    ),
    (
        "chat",
        "I've been trying to get a refund for three months and I'm at the end of my rope.",
        (
            "Three months is far too long and I can only imagine how fed up you are. I've now "
            "authorised the refund and you'll get a confirmation email within the hour."
        ),
        True,
    ),
    (
        "chat",
        "Can you explain the difference between the basic and premium plans?",
        (
            "Premium adds unlimited storage and priority support. Basic has 50GB. Both "
            "include the mobile app and you can switch at any time."
        ),
        False,
    ),
    (
        "chat",
        "I'm so embarrassed, my card got declined at the restaurant in front of my boss.",
        (
            "What an awkward moment, I'm sorry that happened. It was blocked as a precaution "
            "because of the overseas charge. I've unblocked it now."
        ),
        True,
    ),
    (
        "chat",
        "My order arrived damaged.",
        (
            "Please upload a photo of the damage and the packaging. Once we have it, a "
            "replacement will be sent within two days."
        ),
        False,
    ),
    (
        "email",
        "I'm very anxious about the surgery date being moved again.",
        (
            "I know how unsettling it is to have the date moved, especially when you have "
            "been preparing for it. I have spoken to the surgeon's secretary and your new "
            "date is fixed for 12 June."
        ),
        True,
    ),
    (
        "email",
        "I would like to make a formal complaint about the state of the rental property.",
        (
            "Thank you for your email. Your complaint reference is C-4412. The property "
            "manager will contact you within five working days to arrange an inspection."
        ),
        False,
    ),
    (
        "email",
        "I am deeply upset that my father's grave was damaged during the maintenance work.",
        (
            "I am truly sorry. I cannot imagine how distressing it was to find your father's "
            "grave in that state. Our manager will visit with you this week to agree the "
            "repair."
        ),
        True,
    ),
    (
        "phone",
        "I'm calling because I'm really stressed about this debt letter.",
        (
            "Okay, let's look at it together. A letter like that can feel really scary, but "
            "nothing will happen today. Can you read me the reference at the top?"
        ),
        True,
    ),
    (
        "phone",
        "I need to change the name on my account after my divorce.",
        (
            "No problem. I'll need a copy of the decree and photo ID, and you can upload both "
            "on the website."
        ),
        False,
    ),
    (
        "social",
        (
            "@airline cancelled flight, stuck in Madrid with two kids and no hotel. This is a "
            "nightmare"
        ),
        (
            "That sounds like a nightmare with the kids in tow, we're so sorry. Please DM us "
            "your booking reference and we'll arrange a hotel tonight."
        ),
        True,
    ),
    (
        "social",
        "@phoneco when does the new tariff start?",
        "The new tariffs start on 1 April. You'll get a text a week before with your new price.",
        False,
    ),
    (
        "everyday",
        "My best mate didn't invite me to his stag do.",
        (
            "Ouch, that would sting. Maybe there's a reason, like he kept it tiny? Worth "
            "asking him straight."
        ),
        True,
    ),
    (
        "everyday",
        "I've started running and I did 5k without stopping!",
        "That's ace, couch to 5k is no joke. Next stop 10k?",
        True,
    ),
    (
        "everyday",
        "My landlord won't fix the mould.",
        "Report it to the council's environmental health team, they can force him to.",
        False,
    ),
    (
        "everyday",
        "I'm worried my son is being bullied.",
        (
            "That's such a worry as a parent. Has he said anything, or is it more changes in "
            "how he's acting?"
        ),
        True,
    ),
    (
        "everyday",
        "I've got a job interview at the BBC!",
        "Amazing! Research their recent programmes and prepare a couple of ideas.",
        True,
    ),
    (
        "everyday",
        "My grandma doesn't recognise me anymore.",
        "Dementia is so cruel. It's okay to grieve her even while she's still here.",
        True,
    ),
    (
        "everyday",
        "I've been feeling really low since the clocks went back.",
        "Get a SAD lamp, they're cheap online and they really do help.",
        False,
    ),
    (
        "everyday",
        "I burned the Christmas dinner.",
        "Ha! Happens to everyone. Takeaway Christmas is a tradition in some houses.",
        True,
    ),
    ("everyday", "My twins start school tomorrow.", "Have you labelled all their uniform?", False),
    (
        "peer support",
        "I don't have anyone to spend my birthday with.",
        (
            "Happy birthday from me! I know it's not the same as having someone there, but I "
            "hope you do something kind for yourself today."
        ),
        True,
    ),
    (
        "peer support",
        "Should I tell my boss about my anxiety?",
        (
            "It depends on your workplace. If there's HR, you can ask them confidentially "
            "what support is available first."
        ),
        False,
    ),
    (
        "peer support",
        "I'm exhausted from pretending to be okay.",
        (
            "Pretending takes so much energy, no wonder you're exhausted. You don't have to "
            "pretend here."
        ),
        True,
    ),
    (
        "peer support",
        "I've been on the waitlist for therapy for 9 months.",
        (
            "9 months is ridiculous, I'm sorry. In the meantime some charities run free phone "
            "counselling."
        ),
        True,
    ),
    (
        "peer support",
        "Any tips for sleeping with anxiety?",
        "Magnesium, no screens an hour before bed, and a podcast on low volume.",
        False,
    ),
    (
        "peer support",
        "My friend died by suicide last week.",
        (
            "I'm so, so sorry. There's no right way to feel after losing someone like that. "
            "Please be gentle with yourself."
        ),
        True,
    ),
    (
        "peer support",
        "How do I stop overthinking?",
        "Journaling before bed. Dump everything on paper so your brain doesn't have to hold it.",
        False,
    ),
    ("peer support", "I got my first A at uni!", "Get in! All those late nights paid off.", True),
    (
        "peer support",
        "I keep pushing people away.",
        (
            "I did the same for years because I was scared of being left first. Therapy "
            "helped me notice it."
        ),
        False,
    ),
    (
        "peer support",
        "I'm scared of my own thoughts lately.",
        (
            "That sounds really frightening, and you're brave for saying it. Would you be "
            "willing to talk to a crisis line tonight?"
        ),
        True,
    ),
]


def test_the_blocks_are_balanced_and_span_the_settings() -> None:
    assert_balanced(
        [
            (FIRST_BLOCK, 150),
            (SECOND_BLOCK, 50),
            (THIRD_BLOCK, 50),
            (FOURTH_BLOCK, 50),
            (FIFTH_BLOCK, 50),
        ]
    )
    peer = sum(case[0] == "peer support" for case in FIRST_BLOCK)
    assert peer >= len(FIRST_BLOCK) / 3  # weighted to peer support, as the brief asks


def test_the_first_block_holds_its_floor() -> None:
    scores = feelings_scores(FIRST_BLOCK)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.95, scores.summary()
    assert scores.f1 >= 0.95, scores.summary()


def test_the_second_block_holds_its_floor() -> None:
    scores = feelings_scores(SECOND_BLOCK)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.93, scores.summary()
    assert scores.f1 >= 0.95, scores.summary()


def test_the_third_block_holds_its_floor() -> None:
    scores = feelings_scores(THIRD_BLOCK)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.9, scores.summary()
    assert scores.f1 >= 0.93, scores.summary()


def test_the_fourth_block_holds_its_floor() -> None:
    scores = feelings_scores(FOURTH_BLOCK)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.9, scores.summary()
    assert scores.f1 >= 0.93, scores.summary()


def test_the_fifth_block_holds_its_floor() -> None:
    scores = feelings_scores(FIFTH_BLOCK)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.9, scores.summary()
    assert scores.f1 >= 0.93, scores.summary()


def test_the_sixth_block_holds_its_floor() -> None:
    scores = feelings_scores(SIXTH_BLOCK)
    assert scores.precision >= 0.93, scores.summary()
    assert scores.recall >= 0.86, scores.summary()
    assert scores.f1 >= 0.9, scores.summary()


def test_the_seventh_block_holds_its_floor() -> None:
    scores = feelings_scores(SEVENTH_BLOCK)
    assert scores.precision >= 0.95, scores.summary()
    assert scores.recall >= 0.9, scores.summary()
    assert scores.f1 >= 0.93, scores.summary()

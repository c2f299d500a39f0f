"""A twenty-third fresh check for `expresses_appreciation`, written in the twenty-first
session (25 November 2026) in the registers of sources no earlier check imitated:
everyday two-person dialogue (short and textbook-polite, as in DailyDialog), empathetic
listening chats (EmpatheticDialogues), task-oriented booking dialogues on both sides
(MultiWOZ: "thank you for using our service", the customer's "thanks, that's all"),
brand replies on Twitter ("thanks for reaching out, DM us") and movie / forum chit-chat.
40 thanks, 30 plain lines and 30 look-alikes (refusals, sarcasm, relief, cause, a demand,
invitations, thanks talked about). Labelled by hand before any detector read it, with the
conventions of `test_thanks_fresh10.py` and `test_thanks_fresh22.py`: thanks wherever it
is meant, also to a third party; "you're welcome", "my pleasure" and "congrats" count, as
the development raters tick them (so a bare "You're welcome." is thanks here, though the
brief listed it among the look-alikes); refusals ("no thanks", "thanks but no thanks"),
relief ("Thank God it's Friday", "grateful the train wasn't cancelled"), cause ("thanks
to the rain"), "welcome to <place>", wishes, sarcasm and thanks talked about do not.

First read (commit 2d42740's lexicon): F1 0.897 (P 0.92, R 0.88; 35 right of 40 thanks,
3 false alarms). Missed: "Cheers for the spoiler warning, mate.", "I applaud you for
ranking every Bond film…", "This thread made my day, you lot are hilarious.", "Your
review made my week…", and "My coworker covered my shift… and I'll never forget it."
Read as thanks: appreciation asked sarcastically ("Much appreciated? You've kept me on
hold for forty minutes."), thanks the listener might give ("If you want to say thank
you, leave a review.") and thanks waved away ("Oh, you shouldn't thank me, it was all
Sarah's idea.").

Mended after the read, by kind (appreciation.json), with the session's leftovers that
are kinds: "the spoiler(s)" as a harm thanked for no longer when a warning, alert or
tag follows ("thanks for the spoiler warning"; "thanks for the spoilers" stays
sarcasm); "<your / this / that> <post, thread, comment, review, message, kindness…>
made my day / week…" beside "you made my day" ("That news made my day", "The weather
made my day", "This made my day" alone and "…made my day worse" stay out: the
development raters leave a bare "this made my day" unticked); "I / we applaud you for
<doing>" (not for ruining, wasting, losing…; "I applaud you for your patience", a noun,
the raters leave unticked, and is not read); "(much) appreciated?" is no thanks; "if
you / anyone want(s) / 'd like to (say) thank / show your appreciation…" is thanks to
come, not given (it also takes "If you want to thank someone, thank the nurses", which
`test_thanks_fresh20.py` labelled so and had left); "you shouldn't / don't need to /
needn't thank me / us"; the speaker's clause before "so this helps a lot" may be first
person plural when it tells the speakers' state ("we're new to this", "we've never…",
"our boiler is ancient"), not an act ("We fixed the router at our end, so this helps a
lot" and `test_thanks_fair_s20.py`'s "We rebooted the line…" stay out); and "as a
<role> (,) this helped / helps a lot…" ("As a first-time dad this helped loads", left
by `test_thanks_fresh22.py`; not "as a rule / result / kid…", nor a clause of its own:
"As a nurse I can say this helps a lot"). After: 0.987 (P 1.00, R 0.97). Left: thanks
with no word of it nor a shape to read ("…covered my shift … and I'll never forget it":
"I'll never forget it" is as often said of a fright). Dev 0.935 -> 0.935 (P 0.9689,
R 0.9033; no development row reads differently); of the 35,046 strings of the test
suite only four read differently beside this block's, each now as its check labelled it
("As a first-time dad…" and "I applaud you for taking the time…" in
`test_thanks_fresh22.py` and `test_thanks_apologies_fresh3.py`, "If you want to thank
someone, thank the nurses." in `test_thanks_fresh20.py`). Three look-alikes, read right,
were lengthened after the read because an earlier check held them word for word ("I don't
appreciate being spoken to like that", "Good luck with the interview tomorrow!", "Thanks,
Captain Obvious."); each reads as before.

Probed the same evening with look-alikes of our own around each new phrase (written
before the read): "Your email made my day so much longer" and "I applaud you for trying,
but it's still wrong" read as thanks; now "made my day" may not be followed by "(so much /
even…) longer / worse / harder…", nor "applaud you for <doing>" by a "but" in the same
sentence. Beside them one more leftover of `test_thanks_fresh22.py`, a deed praised with
no word of thanks: "you (lot / guys) sorted / fixed / solved / rescued my / our <thing>
(out)" ("Honestly, you lot sorted my CV out in an afternoon."), not asked ("You fixed my
laptop?", "Have you fixed…"), not in a condition or wish ("If you fixed…", "I wish you
fixed…"), not of a third party ("He fixed my laptop"), and not with a complaint, a
negation or "still / again / now / but" after it in the sentence ("You fixed my laptop
but now the screen flickers", "You sorted my order out wrong"; so "…and it's still going
strong" is missed too). This block reads as above; dev unchanged (no row differs); of
35,243 test strings two more read as thanks, both praise of the listener's deed in
sentiment checks ("Really impressed with how fast you sorted my refund.", "…you sorted my
consolidation loan in a single call."), whose tests pass.
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read.
BLOCK: Block = [
    # Thanks: everyday two-person dialogue, short and textbook-polite.
    ("Thank you very much for the lovely dinner, Mrs. Green.", "A"),
    ("It's very kind of you to help me with my luggage.", "A"),
    ("Thanks a million, I owe you one.", "A"),
    ("I really appreciate your help with the moving boxes yesterday.", "A"),
    ("Thank you for inviting me, I had a wonderful time.", "A"),
    ("You're welcome.", "A"),
    ("Not at all, it was my pleasure.", "A"),
    ("Oh, that's so thoughtful of you, thank you!", "A"),
    ("I'm very grateful to you for lending me the money.", "A"),
    ("Thank you so much, doctor, I don't know what I'd have done without you.", "A"),
    ("You're a star for picking the kids up today.", "A"),
    # Thanks: empathetic listening chats.
    ("Thanks for listening, I feel a bit better after talking about it.", "A"),
    ("I appreciate you saying that, it means a lot right now.", "A"),
    (
        "My neighbour shovelled my driveway this morning without being asked, I was so grateful.",
        "A",
    ),
    ("That's really sweet of you to say.", "A"),
    ("My coworker covered my shift when my dad was sick and I'll never forget it.", "A"),
    ("We just moved here so this helped a ton, cheers.", "A"),
    # Thanks: task-oriented booking dialogues, both sides.
    ("Thank you for using our service, have a great day.", "A"),
    ("Great, thank you, that's all I needed today.", "A"),
    ("Thanks for your help, goodbye.", "A"),
    ("That's perfect, thanks so much for booking it.", "A"),
    ("Thank you for contacting the town information centre.", "A"),
    ("Wonderful, I appreciate you finding a table for eight at such short notice.", "A"),
    ("You've been very helpful, that's everything for now.", "A"),
    # Thanks: brand replies on Twitter and a customer's shout-out.
    ("Thanks for reaching out, Sam! Please DM us your order number and we'll take a look.", "A"),
    ("We appreciate your patience while our engineers restore service in your area.", "A"),
    ("Thanks for the shout-out, we're thrilled you loved the new menu! 🍔", "A"),
    ("Thanks for flagging this, we've passed it to the store manager.", "A"),
    (
        "Hi Priya, thank you for bringing this to our attention. "
        "Could you DM us the flight number?",
        "A",
    ),
    ("So glad to hear it, and thanks for choosing to fly with us!", "A"),
    ("Shoutout to @BrewBarn for replacing my cracked mug, no questions asked 👏", "A"),
    # Thanks: movie and forum chit-chat.
    ("Thanks for the rec, just watched it last night and cried at the ending.", "A"),
    ("Cheers for the spoiler warning, mate.", "A"),
    ("I applaud you for ranking every Bond film so the rest of us don't have to.", "A"),
    ("This thread made my day, you lot are hilarious.", "A"),
    ("Your review made my week, I'd never have found this film otherwise.", "A"),
    ("This helped loads, I had no clue how to set up subtitles on the projector.", "A"),
    ("OP, much appreciated, the timestamp list is perfect.", "A"),
    ("Props to whoever uploaded the remastered soundtrack, it sounds amazing.", "A"),
    ("Congrats on the engagement, you two!", "A"),
    # No gratitude: everyday dialogue.
    ("What time does the next bus to the city centre leave?", ""),
    ("I usually go jogging in the park before breakfast.", ""),
    ("Could you pass me the salt, please?", ""),
    ("My sister is getting married in June.", ""),
    ("How about going to the cinema tonight?", ""),
    ("I'm afraid the manager is out of the office until Monday.", ""),
    # No gratitude: empathetic listening chats.
    ("I felt so nervous before my driving test last week.", ""),
    ("My dog passed away last month and the house feels empty.", ""),
    ("I was really proud when my son learnt to ride his bike.", ""),
    ("That sounds awful, did you manage to get any sleep?", ""),
    ("I got a promotion at work and I still can't believe it.", ""),
    # No gratitude: booking dialogues.
    ("I need a train from Ely to Cambridge arriving by 10:15 on Saturday.", ""),
    ("There are 5 Italian restaurants in the centre, do you have a price range in mind?", ""),
    ("Your booking was successful, the reference number is 8KQ2X1ZP.", ""),
    ("Can you book a taxi to pick me up from the hotel at 7pm?", ""),
    ("The Acorn Guest House has free parking and wifi, shall I book it?", ""),
    ("I'd like a cheap hotel in the north with 4 stars.", ""),
    # No gratitude: brand replies and tweets.
    ("Hi Dan, sorry to hear about the delay. Can you DM us your postcode?", ""),
    ("Our stores will be closed on Boxing Day and reopen on the 27th.", ""),
    ("Hey @SkyLink my internet has been down since 6am, any update?", ""),
    ("We're rolling out the update to all devices over the next few days.", ""),
    # No gratitude: movie and forum chit-chat.
    ("The sequel was way better than the first one, fight me.", ""),
    ("Does anyone know if the director's cut is on streaming yet?", ""),
    ("That twist in the last episode made no sense at all.", ""),
    ("I've watched it four times and still spot new details in the background.", ""),
    ("Is this the same actor who played the villain in the heist film?", ""),
    ("Saw it in IMAX, the sound design alone is worth the ticket.", ""),
    ("Mods, can we get a megathread for the finale?", ""),
    ("The soundtrack slaps but the pacing in act two drags.", ""),
    ("Honestly the book handles the ending much better.", ""),
    # Look-alikes: refusals, sarcasm, relief, cause, demands.
    ("Thanks but no thanks, I'll find my own way home.", ""),
    ("No thanks to you, we missed the last train.", ""),
    ("Thank God it's Friday, this week has been endless.", ""),
    ("Thanks for nothing, I waited two hours for a table.", ""),
    ("I'd appreciate it if you'd stop interrupting me.", ""),
    ("Much appreciated? You've kept me on hold for forty minutes.", ""),
    ("No, thank you, I'm not hungry.", ""),
    ("Oh great, thanks for spoiling the ending for everyone.", ""),
    ("You're welcome to join us for lunch if you like.", ""),
    ("I don't appreciate being spoken to like that in front of my kids.", ""),
    ("He never even said thank you after all I did.", ""),
    ("No thanks, I've already eaten.", ""),
    ("I'm grateful the train wasn't cancelled in the end.", ""),
    ("Thanks to the rain, the match was called off.", ""),
    ("The movie is called 'Thank You for Your Service' and it's brutal.", ""),
    ("She wrote a thank-you note to her teacher.", ""),
    ("Yeah, thanks a lot, now the whole office knows.", ""),
    ("Congratulations, you've managed to break the printer again.", ""),
    ("I appreciate how hard this film is to watch.", ""),
    ("You have to appreciate the cinematography in the opening shot.", ""),
    ("Welcome to Paddington, this train terminates here.", ""),
    ("Good luck with the job interview tomorrow, Ben!", ""),
    ("If you want to say thank you, leave a review.", ""),
    ("Do I have to thank him for the gift even though I hated it?", ""),
    ("Thankfully the hotel still had our booking.", ""),
    ("Wow, thanks, Captain Obvious.", ""),
    ("Gee, thanks for the heads-up five minutes after the meeting started.", ""),
    ("Say thank you to the lady, Tommy.", ""),
    ("Oh, you shouldn't thank me, it was all Sarah's idea.", ""),
    ("A round of applause for the airline that lost my bag again.", ""),
]

#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.95, 0.95, 0.95)


#: One sentence for each kind mended after the read, and for the thanks or look-alike
#: beside it that must stay: kind -> (sentence, whether it shows appreciation).
KINDS: Kinds = {
    "so this helps, our state": ("We've only just got a puppy so this helps a ton.", True),
    "so this helps, our act": ("We fixed the router at our end, so this helps a lot.", False),
    "so this helps, just done": ("We've just fixed the router, so this helps a lot.", False),
    "as a role, this helped": ("As a new teacher this helped loads.", True),
    "as a rule": ("As a rule this helps a lot.", False),
    "your words made my week": ("Your comment made my week.", True),
    "news made my day": ("That news made my day.", False),
    "made my day worse": ("Your reply made my day worse.", False),
    "applause for a deed": ("I applaud you for answering every single question.", True),
    "applause for a harm": ("I applaud you for ruining the thread.", False),
    "appreciated, asked": ("Much appreciated? I've been waiting a week.", False),
    "appreciated, said": ("Much appreciated!", True),
    "thanks the listener may give": ("If you'd like to thank us, leave a review.", False),
    "thanks with an offer after it": ("Thank you, and if you want anything else just ask.", True),
    "thanks waved away": ("You really shouldn't thank me, it was all the team's doing.", False),
    "a spoiler warning": ("Thanks for the spoiler warning!", True),
    "the spoilers": ("Thanks for the spoilers, really.", False),
    "made my day longer": ("Your email made my day so much longer.", False),
    "applause, but": ("I applaud you for trying, but it's still wrong.", False),
    "you sorted my thing": ("You guys solved our wifi problem in one call.", True),
    "you fixed it, but": ("You fixed my laptop but now the screen flickers.", False),
    "you fixed it?": ("You fixed my laptop?", False),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(23, BLOCK, FLOOR, KINDS)

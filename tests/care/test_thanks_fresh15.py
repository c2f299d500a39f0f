"""A fifteenth fresh check for `expresses_appreciation`, written in the twelfth round (24
November 2026, seventeenth session) in registers no earlier check covered: support-forum
replies, emotional- and peer-support chats, customer e-mails with sign-off blocks,
app-store and product reviews, and voice-assistant transcripts. Labelled by hand before
any detector read it, with the conventions of `test_thanks_fresh10.py`.

First read (F1 with precision and recall) and the read of the session's starting rules
(commit 32dd22e), which were the same rules: 0.909 (P 0.83, R 1.00) as labelled then.
One row was labelled against the checks' convention and relabelled after the read: an
assistant's "You're welcome!" is a gracious answer to thanks, which the development
raters tick and `test_thanks_fresh9.py` counts ("You're more than welcome…"); with it
counted, the first read is 0.925 (P 0.86, R 1.00). Recall was whole, in every new
register (forum "cheers", peer-support gratitude without a thanks word, sign-off blocks,
reviews, "Thanks, Alexa"). Look-alikes: gratitude as a practice ("keeps telling me to
practise gratitude"), gratitude one need not feel ("it's okay to not feel thankful"),
gratitude as a gift ("a gratitude gift"), thanks for a thing that destroyed the
speaker's own ("thanks for the update that deleted all my saved playlists") and a bare
"Thanks a lot." after an ironic "Great, another update, and now it logs me out…".

Mended after the read, by kind (appreciation.json): "practise / cultivate gratitude";
"gratitude <gift / card / basket / hamper / candle / letter…>" joins the list of
gratitude-as-a-thing nouns; "not / don't (have / need to) feel / be grateful" ("couldn't
be more grateful" and "not grateful enough" are not taken); thanks for "the <thing>
that wiped / deleted / bricked / broke / killed / ruined … my / our"; a turn whose thanks
ends it after "now it / I / my <thing> won't open / load / start…, keeps crashing, logs
me out" ("now it launches fine. Thanks a lot." stays thanks); a turn that opens "Great /
Brilliant / Perfect, (just) another…" and thanks later. After: 1.000; dev 0.934 with no
row changed (each row compared with the starting rules); judge set 0.870 unchanged.
One row, read right, was reworded after the read because an earlier check held it word
for word ("I appreciate you not judging me for relapsing.").
"""

from __future__ import annotations

from .thanks_checks import Block, Floor, Kinds, thanks_block_tests

#: (line, "A" when it shows appreciation), labelled before any read.
BLOCK: Block = [
    # Thanks: support forums.
    ("This fixed it for me, cheers. Been fighting that driver for a week.", "A"),
    ("Marking this as solved, huge thanks to everyone who chipped in.", "A"),
    ("Rolled back to 2.3.1 like you said and the crashes stopped. You're a star.", "A"),
    ("Can confirm the registry tweak works on Win 11 too, thanks heaps.", "A"),
    ("Kudos to the mod who merged the duplicate threads, much easier to follow now.", "A"),
    ("Spent all evening on this, your reply saved my sanity.", "A"),
    # Thanks: emotional- and peer-support chats.
    ("Thank you for listening tonight, I didn't think anyone would reply.", "A"),
    ("honestly just having someone to talk to at 3am means a lot", "A"),
    ("I'm so grateful you stayed online with me until the panic passed.", "A"),
    ("Your message this morning made me cry in a good way. Thank you for checking in.", "A"),
    ("I appreciate you not judging me after the relapse.", "A"),
    ("thank u for being here, really", "A"),
    # Thanks: customer e-mails with sign-offs.
    ("Thanks for the swift response.\n\nWarm regards,\nHelena Marsh", "A"),
    ("Please find the signed lease attached.\n\nMany thanks,\nOwen", "A"),
    ("Much appreciated,\nDev", "A"),
    ("Hi Carla, thank you for arranging the replacement so quickly. Best, Raj", "A"),
    ("Cheers for your help on the phone earlier,\nMick", "A"),
    # Thanks: app-store and product reviews, and a reply to one.
    (
        "Five stars. The developer answered my bug report in a day and fixed it in the next"
        " update, thank you!",
        "A",
    ),
    ("Love this app, thank you to whoever designed the dark mode.", "A"),
    ("Really grateful to the team for keeping it free with no ads.", "A"),
    (
        "Bought these for my dad's birthday and he loves them. Thanks, Amberline, for the"
        " lovely gift wrap!",
        "A",
    ),
    ("Update: support sent me a replacement charger without any fuss. Hats off to them.", "A"),
    ("Thanks for taking the time to write such a detailed review, Marco.", "A"),
    ("Appreciate the quick fix, devs 👍", "A"),
    ("You guys are lifesavers, the backup restore worked perfectly.", "A"),
    # Thanks: voice-assistant transcripts.
    ("Thanks, Alexa.", "A"),
    ("Okay Google, thank you, that's all.", "A"),
    ("Hey Siri, thanks, you can stop the timer now.", "A"),
    ("perfect, thanks, that's the one I wanted", "A"),
    ("Thx, that did the trick.", "A"),
    # Look-alikes: support forums.
    ("Thanks to the latest update, my printer no longer connects at all.", ""),
    ("Tried everything in this thread, nothing works, thanks for nothing.", ""),
    ("OP never even said thanks after we solved it for him.", ""),
    (
        "Please mark the thread as solved rather than posting 'thanks' so others can find the"
        " answer.",
        "",
    ),
    ("Did you try disabling fast startup? That fixed it on my machine.", ""),
    ("Closing this thread, the issue was a duplicate of #4821.", ""),
    # Look-alikes: emotional- and peer-support chats.
    ("My therapist keeps telling me to practise gratitude, and it just makes me feel worse.", ""),
    ("I know I should be grateful I still have a job, but I'm exhausted.", ""),
    ("It's okay to not feel thankful right now.", ""),
    ("That sounds really hard, do you want to talk about what happened?", ""),
    ("Sometimes I feel like nobody appreciates anything I do at home.", ""),
    ("I'm not thanking him for something he was supposed to do anyway.", ""),
    # Look-alikes: e-mails.
    (
        "I would appreciate a reply by Friday, as this is now my third email.\n\nRegards,\n"
        "J. Okafor",
        "",
    ),
    ("Regards,\nPaul Devereux\nOperations Manager", ""),
    ("Please do not reply to this email; replies are not monitored.", ""),
    ("Attached is the invoice you asked for.\n\nBest,\nLina", ""),
    ("Sent from my iPhone", ""),
    # Look-alikes: reviews.
    ("Thanks for the update that deleted all my saved playlists. One star.", ""),
    ("Great, another update, and now it logs me out every five minutes. Thanks a lot.", ""),
    ("The thank-you card inside the box was a nice touch, but the mug arrived cracked.", ""),
    ("Gave it as a gratitude gift for my kids' teacher; she said she liked it.", ""),
    ("Battery lasts two days, screen is sharp, no complaints.", ""),
    ("Would be grateful if the devs added a landscape mode.", ""),
    # Look-alikes: voice-assistant transcripts.
    ("Alexa, add thank-you cards to my shopping list.", ""),
    ("Hey Google, how do you say thank you in Japanese?", ""),
    ("Okay Google, stop.", ""),
    ("Alexa, remind me to send Gran a thank-you note on Sunday.", ""),
    ("No thanks, Alexa, I don't want to hear about Prime Day deals.", ""),
    ("Assistant: You're welcome! Is there anything else I can help with?", "A"),
    ("Thank God the smoke alarm went off when it did.", ""),
]


#: (precision, recall, F1) that a change must not drop below.
FLOOR: Floor = (0.95, 0.97, 0.96)


#: One sentence for each kind mended after the read, and for the thanks beside it that
#: must stay: kind -> (sentence, whether it shows appreciation).
KINDS: Kinds = {
    "gratitude as a practice": ("Our group tries to practise gratitude every morning.", False),
    "gratitude as a gift": ("She bought a gratitude candle for her best friend.", False),
    "gratitude one need not feel": ("You don't need to feel grateful for the bare minimum.", False),
    "gratitude that could not be more": ("I couldn't be more grateful for your help.", True),
    "thanks for a thing that destroyed mine": (
        "Thanks for the firmware that bricked my router.",
        False,
    ),
    "thanks for a thing that saved mine": (
        "Thanks for the backup tool that saved all my photos.",
        True,
    ),
    "bare thanks after a new failure": (
        "Installed the update and now it won't even launch. Thanks a lot.",
        False,
    ),
    "bare thanks after a fix": (
        "Installed the update and now it launches fine. Thanks a lot.",
        True,
    ),
    "thanks after 'great, another…'": ("Great, another price rise, cheers.", False),
    "thanks after 'great,' alone": ("Great, that's sorted, cheers.", True),
}


(
    test_the_block_keeps_its_floor,
    test_no_line_repeats_one_of_an_earlier_check,
    test_each_kind_reads_as_decided,
) = thanks_block_tests(15, BLOCK, FLOOR, KINDS)

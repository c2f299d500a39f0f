"""A second review of the breakers' rude readings (session 20, 25 November 2026,
helper mendJ).

A read-only reviewer proved on 4fc115b that kind agents still failed their scorecard
on rude_language (a CRITICAL breaker: one firing fails the conversation): bare phrases
of the rude list ("read the email", "what part of") fired wherever the words stood ("I'm
sorry, I didn't read the email properly, that was my mistake."), 9b9ec55's "a contrast
voids the care" held only for "email" (the bare phrase did the work: "Sorry, but read
the guide." was not rude), "what did you expect from a room above a bar?" was never
read, and 0e46aef's "small words" fired on plain language promised kindly. The
reviewer's sentences are here as they proved them; the kin are this helper's own
words, each label written with the sentence.

Reads (lines read wrong):

- First read (4fc115b): the reviewer's 19 lines: 15 wrong (6 kind lines fired on a
  bare phrase, 7 retorts after "but / though" missed, 1 plain-language promise fired,
  1 "so even you can follow" missed). Our 28 kin: 16 wrong (12 kind lines fired on a
  bare phrase of the list: "go away", "get lost", "hurry up", "pay attention", "are you
  listening", "do you even", "I don't care", "are you serious", "what part of", "read
  my message"; 1 plain-language promise fired; 3 retorts missed: "Sorry, however, read
  the guide.", "Thanks. But read the terms.", "so even you can follow").
- Mended by kind (`breakers.json`, `breakers.py`): the bare phrases "what part of",
  "read the email", "read my message", "read what I wrote", "go away", "get lost",
  "hurry up", "listen to me", "pay attention", "are you listening", "do you even",
  "I don't care", "are you serious" gave way to their impatient forms aimed at the
  customer: "what part of X don't you understand / is so hard", "read the email I sent
  you three times", "Read what I wrote." (under the care and contrast rules of "Read
  the X."), an order closing its clause ("Go away.", "Hurry up, …"), "pay attention
  (this time / to what I'm saying)", "are you (even) listening (to me)?", "do you even
  know / read / care…", "I don't care." / "…what you think", "are you serious?"; the
  bare order "Read the X." may follow "but / though / however", and is a retort there
  only after care it contrasts ("Sorry, but read the guide."; "You can return it, but
  read the terms first." advises); "what did you expect from a / an …?" is read; a
  help given by "resent" is care; "small words" beside a promise of plain language
  ("no jargon", "plain English", "promise") is kind, and "so even you can follow" is a
  put-down of its own.
- A second look through the rude list (KIN_MORE, 11 lines labelled when written; 7
  wrong on 4fc115b, all kind lines fired): "I already told you" / "I've already told
  you" now only closing the clause or before that / twice / before / the answer…, not
  "…told you the good news"; "that's your problem" not before sorted / solved / fixed;
  "stop calling us" only closing the clause or before every / again / so…, not "stop
  calling us 'madam'"; "it's not rocket science" with reassurance or help offered in
  the turn ("Don't worry, …, I'll walk you through it") is kind; "for goodness' sake,
  don't apologise / no need to worry" joins the kind uses of "for goodness' sake".
- A third look (KIN_KIND_USES, 8 lines labelled when written; 4 wrong on 4fc115b, the
  4 kind lines fired): kind uses join `not_rude` (now anchored on its own
  `not_rude_first_words`): "that's / what tough luck" with sorry / let me / I'll in
  the sentence, "Seriously? That's brilliant…", "Duh, my mistake / I typed…", "how many
  times do I have to say thank you".
- A fourth (KIN_DEVICE_READS, 5 lines; 2 wrong on 4fc115b, both kind lines fired):
  "can't you / can you not read" is no taunt of a thing a device reads (a code,
  barcode, QR, file, attachment, PDF, disc, chip, tag, meter, SIM).
- After: 0 wrong. Committed blocks 1-10 and the breakers tests pass unchanged. Dev
  texts: rude_language fired on 864, now 813: the 52 lost are chiefly "What part of
  California are you from?" and the like, plus tweets and forum lines with "go away",
  "I don't care", "pay attention" in other senses; one gained ("but I really don't
  care.").
"""

from __future__ import annotations

import pytest

from legendary.care.detect import detect

ASKED = "Can you help me with my order?"

#: (agent's turn, rude?) as the reviewer proved them.
REVIEWER = [
    ("I'm sorry, I didn't read the email properly, that was my mistake.", False),
    ("Could you please read the email I just sent and confirm the address?", False),
    ("If you read the email from our courier, it has your tracking link.", False),
    ("What part of the order was missing? I'll send it today.", False),
    ("Thanks for waiting. Read the email again, it's in the last line.", False),
    ("I've just resent it. Read the email and click the blue button.", False),
    ("What part of 'no' don't you understand?", True),
    ("Read the email I sent you three times.", True),
    ("Sorry, but read the guide.", True),
    ("Sorry, but read the terms.", True),
    ("Sorry, but read the manual.", True),
    ("I apologise, but read the instructions.", True),
    ("Thanks, but read the FAQ.", True),
    ("Sorry. But read the terms.", True),
    ("Thanks for telling us, though what did you expect from a room above a bar?", True),
    ("Sure, I'll explain it using small words, no jargon, promise.", False),
    ("Fine, I'll use small words so even you can follow.", True),
    ("Sorry, but read the email.", True),
    ("Right, I'll say it again in small words: it's unplugged.", True),
]

#: (agent's turn, rude?) in this helper's own words.
KIN = [
    # bare phrases of the list in kind sentences
    ("The pending charge will go away in two days.", False),
    ("Parcels sometimes get lost in transit, so I've sent a new one today.", False),
    ("I'll ask the warehouse to hurry up your order.", False),
    ("Please pay attention to the expiry date on the voucher, it's valid until May.", False),
    ("Are you listening on headphones or the speaker?", False),
    ("Do you even need the adapter? If not, I can refund it.", False),
    ("I don't care how long it takes, I'll stay on until it's fixed.", False),
    ("Are you serious about the upgrade? I can set it up today.", False),
    ("What part of town are you in? I'll find your nearest store.", False),
    ("The stain should go away after one wash.", False),
    ("Hurry up and enjoy the sale before Sunday!", False),
    ("Could you read my message below and tell me if the address is right?", False),
    # advice after a plain clause, and plain language promised
    ("You can return it, but read the terms first.", False),
    ("Of course, I'll explain it in plain English, using small words and no jargon.", False),
    # the same words as impatient orders or questions aimed at the customer
    ("Go away.", True),
    ("Just go away and stop calling.", True),
    ("Are you even listening?", True),
    ("Are you listening to me?", True),
    ("I don't care what you think, the fee stands.", True),
    ("Are you serious?", True),
    ("Hurry up, I haven't got all day.", True),
    ("Pay attention this time.", True),
    ("What part of 'non-refundable' is so hard to understand?", True),
    ("What part of 'final sale' were you unable to read?", True),
    ("Sorry, however, read the guide.", True),
    ("Thanks. But read the terms.", True),
    ("I'll go through it slowly so even you can follow.", True),
    ("Just read what I wrote.", True),
]

#: A second look through the rude list, after the first mend (agent's turn, rude?).
KIN_MORE = [
    ("Don't worry, it's not rocket science, I'll walk you through it.", False),
    ("As I already told you on the phone, your refund is on its way.", False),
    ("I already told you the good news: it's fixed!", False),
    ("I've already told you everything I know, but let me check with the team too.", False),
    ("That's your problem sorted, then! Anything else?", False),
    ("Stop calling us 'madam', Sam is fine!", False),
    ("For goodness' sake, don't apologise, it was our mistake.", False),
    ("It's not rocket science, just read the label.", True),
    ("I've already told you.", True),
    ("That's your problem, not mine.", True),
    ("Stop calling us every day.", True),
]

#: A third look: kind uses of "tough luck", "seriously?", "duh", "how many times do I
#: have to" (agent's turn, rude?).
KIN_KIND_USES = [
    ("I'm sorry, that's tough luck with the weather, let me see what I can do.", False),
    ("Seriously? That's brilliant news, congratulations!", False),
    ("Duh, my mistake, I typed the wrong date, fixing it now.", False),
    ("How many times do I have to say thank you? You've been wonderful.", False),
    ("That's tough luck, the policy is clear.", True),
    ("Seriously? You didn't read the label?", True),
    ("How many times do I have to tell you? No refunds.", True),
    ("Duh.", True),
]

#: "can't you read" of a thing a device reads, asked to help (agent's turn, rude?).
KIN_DEVICE_READS = [
    ("Can't you read the QR code? No problem, here's the link instead.", False),
    ("Can you not read the attachment on your phone? I'll paste it here.", False),
    ("Can't you read?", True),
    ("Can you not read the sign on the door?", True),
    ("Can't you read the terms?", True),
]


@pytest.mark.parametrize(
    ("text", "rude"), REVIEWER + KIN + KIN_MORE + KIN_KIND_USES + KIN_DEVICE_READS
)
def test_rude_language_reads_the_reviewed_sentences_fairly(text: str, rude: bool) -> None:
    assert bool(detect(text, ASKED, behaviours=["rude_language"])) is rude, text

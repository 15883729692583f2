"""English word lists. Plain data: extend them through :class:`quoteattr.lexicons.Lexicon`."""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    """A frozenset of the whitespace-separated words of ``block``."""
    return frozenset(block.split())


# Verbs that report speech or writing (lemmas). A verb here with a clausal complement,
# or next to a quotation, is a speech cue.
SPEECH_VERBS: frozenset[str] = _words(
    """
    say tell add accord claim state announce write note explain argue insist warn deny admit
    denounce
    acknowledge ask reply respond suggest report declare confirm comment describe promise
    pledge vow urge call tweet post testify recall predict complain estimate assert contend
    maintain concede stress emphasize emphasise point reveal disclose signal indicate
    mention remark observe inform continue agree caution threaten blast slam criticize
    criticise praise accuse charge quip joke boast exclaim shout yell whisper speak talk
    answer demand propose recommend advise order instruct hint imply allege assure brag
    chide counter cry dismiss echo lament muse mutter plead proclaim protest recount
    reiterate retort scoff sneer swear tout concur conclude elaborate grumble marvel object
    opine affirm attest confide counsel decry divulge exhort gush huff interject lecture
    murmur narrate notify persuade pontificate pronounce quote rail rant reason rebut recite
    reckon relate reassure remind repeat reaffirm scream sigh snap speculate stammer stutter
    summarize summarise trumpet volunteer wonder guarantee forecast certify clarify toast
    hail cite reference refer label brand dub term rate deride mock ridicule lambaste chant
    bark growl snarl fume question react demur express offer thank blame vent intimate grouse
    press confess snipe scold berate condemn laud retweet email mumble bemoan rebuke chastise
    castigate excoriate liken rule
    """
)

# Speech lemmas with frequent non-speech senses: as indirect-speech cues they need a
# complement introduced by "that" (or an adjacent quotation).
WEAK_SPEECH_VERBS: frozenset[str] = _words(
    """
    call continue point signal indicate charge order counter cry echo object conclude reason
    relate observe show guarantee forecast certify wonder express offer thank blame press
    rule
    """
)

# Nouns that report speech: "X's claim that ...", "in a statement, ...".
SPEECH_NOUNS: frozenset[str] = _words(
    """
    statement claim assertion allegation announcement remark remarks comment comments
    testimony warning admission denial insistence pledge promise argument explanation
    assurance accusation suggestion contention declaration vow threat prediction message
    response reply report
    """
)

# Speech verbs that introduce someone's quoted words ("thanked the crews for “working through
# the night”") but whose phrase with no quoted words reports nothing ("offered a plan").
QUOTATION_VERBS: frozenset[str] = _words("express offer thank blame denounce rule")

# Nouns with which the writer sums up a reported act: "…, a swipe at his rivals".
COMMENT_NOUNS: frozenset[str] = _words(
    """
    move swipe nod reference allusion jab dig shot rebuke slap sign signal indication
    departure reversal shift break turnaround echo contrast acknowledgment acknowledgement
    admission concession remark comment warning message indictment criticism rebuttal
    retort response reply rejoinder attack broadside salvo hint suggestion threat claim
    argument call assertion charge accusation allegation
    """
)

# Nouns that name a time: a phrase headed by one tells when something was said ("on
# Monday", "last week"), and is never the one who said it. The common nouns ...
TIME_NOUNS: frozenset[str] = _words(
    """
    week weekend month year day morning afternoon evening night today yesterday tonight
    hour minute
    """
)
# ... and the names of days and months ("may" is left out: it is far more often the
# modal verb or a surname than the month).
CALENDAR_NAMES: frozenset[str] = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april june july august september october november december
    """
)

# News agencies, outlets and platforms (lowercased) with their source type.
_AGENCIES = """
reuters|associated press|ap|afp|agence france-presse|agence france presse|bloomberg|
bloomberg news|interfax|tass|itar-tass|ria novosti|ria|xinhua|yonhap|kyodo|kyodo news|kcna|
korean central news agency|dpa|ansa|efe|pti|press trust of india|anadolu|anadolu agency|
wafa|irna|fars|tasnim|isna|mena|sana|bernama|antara|pap|ukrinform|unian|belta|
canadian press|australian associated press|aap|united press international|upi
"""
_OUTLETS = """
bbc|cnn|fox news|fox|msnbc|nbc|nbc news|abc|abc news|cbs|cbs news|npr|pbs|cnbc|c-span|
sky news|al jazeera|rt|sputnik|nhk|cctv|cgtn|euronews|france 24|deutsche welle|dw|
voice of america|voa|radio free europe|rfe/rl|
the new york times|new york times|the times|the washington post|washington post|
the wall street journal|wall street journal|the guardian|guardian|financial times|
the financial times|the telegraph|telegraph|the independent|the economist|economist|
politico|axios|the hill|breitbart|breitbart news|huffpost|huffington post|the huffington post|
usa today|los angeles times|the los angeles times|chicago tribune|the boston globe|
boston globe|new york post|the new york post|daily mail|the daily mail|the sun|the mirror|
the atlantic|new yorker|the new yorker|time|newsweek|vox|buzzfeed|buzzfeed news|
vice|vice news|the intercept|propublica|mother jones|national review|the daily beast|
daily beast|slate|salon|the nation|the daily caller|daily caller|the blaze|drudge report|
infowars|der spiegel|spiegel|le monde|le figaro|el pais|la repubblica|corriere della sera|
bild|die zeit|frankfurter allgemeine|kommersant|izvestia|vedomosti|rbc|novaya gazeta|
meduza|haaretz|the times of israel|times of israel|the jerusalem post|jerusalem post|
yomiuri|yomiuri shimbun|asahi|asahi shimbun|nikkei|the hindu|times of india|
south china morning post|global times|people's daily|xinhua net|the straits times|
the sydney morning herald|the globe and mail|globe and mail|toronto star|cbc|ctv|
the associated press|the wall street journal's|the washington times|washington times|
the des moines register|des moines register|the denver post|the miami herald|
the dallas morning news|the star tribune|the detroit news|the atlanta journal-constitution|
fox business|fox & friends|good morning america|meet the press|face the nation|
this week|state of the union|morning joe|the today show|today|60 minutes|
the view|hardball|the kelly file|hannity|the o'reilly factor|anderson cooper 360
"""
_PLATFORMS = """
twitter|x|facebook|instagram|telegram|tiktok|youtube|truth social|weibo|wechat|linkedin|
threads|reddit|bluesky|snapchat|vk|vkontakte|mastodon|gab|parler|substack|medium
"""


def _names(block: str) -> list[str]:
    return [n.strip() for n in block.replace("\n", "").split("|") if n.strip()]


SOCIAL_PLATFORMS: frozenset[str] = frozenset(_names(_PLATFORMS))

MEDIA_NAMES: dict[str, str] = {
    **dict.fromkeys(_names(_AGENCIES), "news_agency"),
    **dict.fromkeys(_names(_OUTLETS), "outlet"),
    **dict.fromkeys(SOCIAL_PLATFORMS, "social_media"),
}

# Head nouns that describe a medium ("newswire Ria Novosti", "the broadcaster").
MEDIA_NOUNS: dict[str, str] = {
    "newswire": "news_agency",
    "wire": "news_agency",
    "newspaper": "outlet",
    "paper": "outlet",
    "daily": "outlet",
    "tabloid": "outlet",
    "broadsheet": "outlet",
    "weekly": "outlet",
    "magazine": "outlet",
    "broadcaster": "outlet",
    "network": "outlet",
    "channel": "outlet",
    "station": "outlet",
    "television": "outlet",
    "tv": "outlet",
    "radio": "outlet",
    "outlet": "outlet",
    "website": "outlet",
    "site": "outlet",
    "blog": "outlet",
    "podcast": "outlet",
    "publication": "outlet",
    "newsletter": "outlet",
    "program": "outlet",
    "programme": "outlet",
    "show": "outlet",
    "media": "outlet",
}

# Written or recorded statements through which words reach the text.
STATEMENT_NOUNS: frozenset[str] = _words(
    """
    statement release communique communiqué announcement letter memo memorandum filing post
    tweet email e-mail op-ed essay column editorial blog video message transcript document
    report affidavit sign headline caption banner placard poster inscription ad
    advertisement petition ruling complaint lawsuit motion indictment website note card
    article
    """
)

# Verbs that tell what a written text says ("“…,” the sign read"): cues of quotations
# only, and only when their subject is the text (a statement noun, or "it").
TEXT_VERBS: frozenset[str] = _words("read")

# Words right before a quoted phrase that make it a name or title, not a quotation.
TITLE_CUES: frozenset[str] = _words(
    """
    called dubbed named titled entitled so-called nicknamed branded labeled labelled
    christened term word phrase slogan hashtag film book song album show series novel movie
    play operation program programme campaign project codenamed code-named motto headline
    magazine newspaper documentary episode podcast memoir essay poem painting ship vessel
    """
)

# The title cues that mention words rather than name a thing.
MENTION_NOUNS: frozenset[str] = _words("so-called term word phrase slogan hashtag motto headline")

# Nouns of the occasion on which something was said: "in an interview", "at a rally".
OCCASION_NOUNS: frozenset[str] = _words(
    """
    interview show program programme broadcast appearance speech conference rally hearing
    debate event briefing podcast
    """
)

PRONOUNS: frozenset[str] = frozenset(
    ["he", "she", "they", "we", "i", "you", "it", "him", "her", "them", "us", "me", "one"]
)

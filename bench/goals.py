"""A deterministic generator of realistic Dutch and English goals, for the speed benchmark.

Why a generator and not the corpus: the corpus has ~650 labelled sentences, too few to time a
batch, and timing the very sentences the engine is tuned on would flatter it. These goals are
built from templates and vocabularies written for this file (none is a corpus sentence), in the
shapes real goals take: imperative, infinitive and first-person forms; counts, levels, baselines
('van 30 naar 40', 'from 8% to 5%'), deltas and multipliers; both number notations, number words,
'5k' and '2,5 mln', currencies and percentages; every kind of deadline (dates with and without a
year, ISO and numeric dates, quarters, halves, months, 'eind Q3', 'next quarter', durations) and
the things that look like deadlines but are not (rates, service levels, start dates, 'voor de
zomer'); channels, scopes, side conditions and purpose clauses; and vague goals next to SMART
ones. The mix is roughly what the corpus guidelines describe, and half of the goals are Dutch.

Determinism: everything is drawn from one ``random.Random(seed)`` whose ``random``, ``choice``
and ``randint`` are stable across CPython versions, and vocabularies are tuples (no set order), so
the same seed gives the same goals on every machine. Goals are distinct (deduplicated in order).

    python -m bench.goals -n 20000 --seed 1 > goals.txt
"""

from __future__ import annotations

import argparse
import calendar
import random
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

__all__ = ["Goal", "generate", "iter_goals", "texts"]


@dataclass(frozen=True, slots=True)
class Goal:
    """One generated goal; ``family`` and ``domain`` say which template and vocabulary made it,
    so a benchmark can look at a slice (e.g. only vague goals) without re-deriving it."""

    text: str
    lang: str
    domain: str
    family: str


# --- vocabulary shapes -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Counted:
    """Something a goal counts: 'Werf 40 nieuwe klanten'. ``verbs`` are (imperative,
    infinitive) in Dutch and (imperative, imperative) in English; ``rate`` says whether
    'per maand' reads naturally after it."""

    domain: str
    verbs: tuple[tuple[str, str], ...]
    nouns: tuple[str, ...]
    lo: int
    hi: int
    rate: bool = False
    ch: bool = False  # set by _with_channels: 'via LinkedIn' reads naturally after the noun


@dataclass(frozen=True, slots=True)
class Level:
    """A level a goal moves: 'de conversieratio', 'average response time'. ``kind`` picks how
    its values are written; ``up`` is the good direction."""

    domain: str
    phrase: str
    kind: str
    up: bool
    lo: float
    hi: float
    ch: bool = False  # set by _with_channels


# Value kinds of a Level: money, money_small, pct, pct_small, pct_high, nps, grade, stars,
# hours, minutes, seconds, days, count.

# --- Dutch ------------------------------------------------------------------------------------

NL_COUNTED: tuple[Counted, ...] = (
    Counted(
        "marketing",
        (("Verkrijg", "verkrijgen"), ("Genereer", "genereren"), ("Verzamel", "verzamelen")),
        (
            "leads",
            "nieuwe leads",
            "gekwalificeerde leads",
            "MQL's",
            "contactaanvragen",
            "offerteaanvragen",
            "demo-aanvragen",
            "warme leads",
        ),
        10,
        5000,
    ),
    Counted(
        "marketing",
        (("Werf", "werven"), ("Verkrijg", "verkrijgen"), ("Win", "winnen")),
        (
            "nieuwe abonnees",
            "nieuwsbriefabonnees",
            "volgers",
            "nieuwe volgers",
            "aanmeldingen voor het webinar",
            "inschrijvingen voor de open dag",
            "registraties voor ons event",
            "betalende abonnees",
        ),
        50,
        50000,
    ),
    Counted(
        "marketing",
        (
            ("Publiceer", "publiceren"),
            ("Schrijf", "schrijven"),
            ("Maak", "maken"),
            ("Plaats", "plaatsen"),
        ),
        (
            "blogartikelen",
            "blogposts",
            "klantcases",
            "video's",
            "LinkedIn-posts",
            "nieuwsbrieven",
            "whitepapers",
            "podcastafleveringen",
            "how-to-artikelen",
            "Instagram-reels",
        ),
        2,
        100,
        True,
    ),
    Counted(
        "marketing",
        (("Organiseer", "organiseren"), ("Geef", "geven")),
        ("webinars", "workshops", "klantevents", "masterclasses", "ronde-tafelsessies"),
        2,
        30,
        True,
    ),
    Counted(
        "marketing",
        (("Genereer", "genereren"), ("Trek", "trekken"), ("Verkrijg", "verkrijgen")),
        (
            "websitebezoekers",
            "unieke bezoekers",
            "paginaweergaven",
            "backlinks",
            "reviews",
            "positieve reviews",
            "downloads van de whitepaper",
            "impressies",
        ),
        100,
        500000,
    ),
    Counted(
        "sales",
        (("Sluit", "sluiten"),),
        (
            "deals",
            "nieuwe contracten",
            "partnerschappen",
            "raamovereenkomsten",
            "onderhoudscontracten",
        ),
        2,
        200,
    ),
    Counted(
        "sales",
        (("Win", "winnen"), ("Werf", "werven"), ("Verkrijg", "verkrijgen")),
        (
            "nieuwe klanten",
            "enterpriseklanten",
            "B2B-klanten",
            "zakelijke klanten",
            "nieuwe accounts",
            "klanten in de zorg",
            "mkb-klanten",
        ),
        3,
        2000,
    ),
    Counted(
        "sales",
        (("Verstuur", "versturen"), ("Maak", "maken")),
        ("offertes", "voorstellen", "prijsvoorstellen"),
        10,
        500,
        True,
    ),
    Counted(
        "sales",
        (("Plan", "plannen"), ("Voer", "voeren")),
        ("demo's", "salesgesprekken", "kennismakingsgesprekken", "afspraken met prospects"),
        5,
        400,
        True,
    ),
    Counted(
        "sales",
        (("Verkoop", "verkopen"),),
        ("abonnementen", "licenties", "jaarcontracten", "producten", "kaartjes", "zonnepanelen"),
        10,
        20000,
    ),
    Counted(
        "operations",
        (("Verwerk", "verwerken"), ("Lever", "leveren")),
        ("bestellingen", "orders", "pakketten", "zendingen"),
        100,
        100000,
        True,
    ),
    Counted(
        "product",
        (("Bereik", "bereiken"), ("Verkrijg", "verkrijgen")),
        (
            "actieve gebruikers",
            "maandelijks actieve gebruikers",
            "app-installaties",
            "downloads",
            "betalende gebruikers",
            "proefaccounts",
            "dagelijkse gebruikers",
        ),
        100,
        1000000,
    ),
    Counted(
        "product",
        (("Lanceer", "lanceren"), ("Bouw", "bouwen"), ("Release", "releasen")),
        ("nieuwe features", "verbeteringen", "integraties", "nieuwe functies", "A/B-tests"),
        2,
        40,
        True,
    ),
    Counted(
        "product",
        (("Verhelp", "verhelpen"), ("Fix", "fixen")),
        ("bugs", "kritieke bugs", "openstaande issues", "beveiligingslekken"),
        5,
        500,
    ),
    Counted(
        "support",
        (("Verwerk", "verwerken"), ("Behandel", "behandelen")),
        ("supporttickets", "klantvragen", "klachten", "retouraanvragen"),
        50,
        10000,
        True,
    ),
    Counted(
        "product",
        (("Houd", "houden"), ("Organiseer", "organiseren")),
        ("klantinterviews", "gebruikerstests", "usabilitytests"),
        5,
        60,
        True,
    ),
    Counted(
        "hr",
        (("Werf", "werven"), ("Vind", "vinden")),
        (
            "nieuwe medewerkers",
            "developers",
            "verpleegkundigen",
            "stagiairs",
            "vrijwilligers",
            "nieuwe collega's",
            "trainees",
            "monteurs",
        ),
        2,
        150,
    ),
    Counted(
        "hr",
        (("Train", "trainen"), ("Coach", "coachen")),
        ("medewerkers", "teamleiders", "managers", "nieuwe collega's", "klantenservicemedewerkers"),
        5,
        500,
    ),
    Counted(
        "hr",
        (("Organiseer", "organiseren"),),
        ("trainingen", "teamdagen", "lunchsessies", "intervisiebijeenkomsten", "kennissessies"),
        2,
        40,
        True,
    ),
    Counted(
        "hr",
        (("Voer", "voeren"),),
        ("functioneringsgesprekken", "exitgesprekken", "1-op-1-gesprekken", "loopbaangesprekken"),
        5,
        300,
        True,
    ),
    Counted(
        "education",
        (("Leer", "leren"),),
        ("nieuwe woorden Spaans", "woorden Duits", "Franse werkwoorden", "Italiaanse woorden"),
        50,
        3000,
        True,
    ),
    Counted(
        "education",
        (("Lees", "lezen"),),
        ("boeken", "vakboeken", "wetenschappelijke artikelen", "romans", "Engelse boeken"),
        3,
        60,
        True,
    ),
    Counted(
        "education",
        (("Behaal", "behalen"), ("Haal", "halen")),
        ("studiepunten", "certificaten", "EC's", "deelcertificaten"),
        5,
        60,
    ),
    Counted(
        "education",
        (("Begeleid", "begeleiden"),),
        ("studenten", "leerlingen", "stagiairs", "afstudeerders"),
        2,
        60,
    ),
    Counted(
        "education",
        (("Volg", "volgen"),),
        ("online cursussen", "trainingen", "masterclasses", "gastcolleges"),
        2,
        20,
        True,
    ),
    Counted(
        "education",
        (("Maak", "maken"),),
        ("oefententamens", "oefenopgaven", "proefexamens"),
        5,
        300,
        True,
    ),
    Counted(
        "personal",
        (("Loop", "lopen"), ("Fiets", "fietsen"), ("Zwem", "zwemmen")),
        ("kilometer", "km"),
        5,
        2000,
        True,
    ),
    Counted("personal", (("Zet", "zetten"),), ("stappen",), 5000, 15000, True),
    Counted("personal", (("Doe", "doen"),), ("push-ups", "sit-ups", "squats"), 10, 100, True),
    Counted(
        "personal",
        (("Bezoek", "bezoeken"),),
        ("musea", "nieuwe landen", "concerten", "voorstellingen"),
        3,
        20,
    ),
    Counted(
        "finance",
        (("Werf", "werven"), ("Verzamel", "verzamelen")),
        ("donateurs", "nieuwe donateurs", "sponsors", "vaste donateurs"),
        5,
        2000,
    ),
    Counted(
        "operations",
        (("Contracteer", "contracteren"), ("Selecteer", "selecteren")),
        ("nieuwe leveranciers", "lokale leveranciers", "duurzame leveranciers"),
        2,
        20,
    ),
)

NL_LEVELS: tuple[Level, ...] = (
    Level("sales", "de omzet", "money", True, 20_000, 5_000_000),
    Level("sales", "de jaaromzet", "money", True, 100_000, 20_000_000),
    Level("finance", "de winst", "money", True, 10_000, 2_000_000),
    Level("finance", "de nettowinst", "money", True, 10_000, 2_000_000),
    Level("finance", "de ARR", "money", True, 100_000, 10_000_000),
    Level("finance", "de MRR", "money", True, 5_000, 500_000),
    Level("sales", "de gemiddelde orderwaarde", "money_small", True, 20, 400),
    Level("marketing", "de kosten per lead", "money_small", False, 5, 200),
    Level("marketing", "de acquisitiekosten per klant", "money_small", False, 20, 900),
    Level("finance", "de operationele kosten", "money", False, 50_000, 3_000_000),
    Level("finance", "de uitgaven aan software", "money", False, 5_000, 400_000),
    Level("marketing", "de conversieratio", "pct_small", True, 0.5, 8),
    Level("marketing", "de conversieratio van de webshop", "pct_small", True, 0.5, 8),
    Level("marketing", "de doorklikratio van onze advertenties", "pct_small", True, 0.3, 6),
    Level("marketing", "de openingsratio van de nieuwsbrief", "pct", True, 15, 60),
    Level("marketing", "de naamsbekendheid", "pct", True, 5, 70),
    Level("marketing", "ons marktaandeel", "pct", True, 2, 45),
    Level("product", "het klantverloop", "pct_small", False, 1, 12),
    Level("product", "de churn", "pct_small", False, 1, 12),
    Level("product", "de klantretentie", "pct", True, 60, 98),
    Level("support", "de NPS", "nps", True, -20, 80),
    Level("support", "de klanttevredenheid", "grade", True, 6, 9.5),
    Level("support", "onze score op Google", "stars", True, 3, 5),
    Level("support", "de gemiddelde reactietijd", "hours", False, 1, 72),
    Level("support", "de responstijd in de chat", "minutes", False, 1, 30),
    Level("product", "de laadtijd van de website", "seconds", False, 0.5, 8),
    Level("product", "de uptime", "pct_high", True, 99, 99.99),
    Level("product", "de testdekking", "pct", True, 30, 95),
    Level("hr", "het ziekteverzuim", "pct_small", False, 2, 9),
    Level("hr", "het personeelsverloop", "pct", False, 5, 25),
    Level("hr", "de doorlooptijd van vacatures", "days", False, 14, 90),
    Level("hr", "de medewerkerstevredenheid", "grade", True, 6, 9),
    Level("education", "het slagingspercentage van mijn klas", "pct", True, 50, 98),
    Level("education", "mijn gemiddelde cijfer", "grade", True, 5.5, 9),
    Level("operations", "de levertijd", "days", False, 1, 14),
    Level("operations", "het foutpercentage bij orderpicking", "pct_small", False, 0.2, 5),
    Level("finance", "de gemiddelde betaaltermijn", "days", False, 14, 90),
    Level("marketing", "het aantal websitebezoekers", "count", True, 1000, 500_000),
    Level("marketing", "het aantal volgers op Instagram", "count", True, 500, 200_000),
    Level("support", "het aantal klachten", "count", False, 10, 5000),
    Level("product", "het aantal kritieke bugs", "count", False, 5, 400),
    Level("operations", "het aantal retouren", "count", False, 50, 20_000),
    Level("product", "het aantal actieve gebruikers", "count", True, 1000, 1_000_000),
    Level("sales", "het aantal nieuwe klanten", "count", True, 10, 5000),
)

NL_CHANNELS = (
    "via LinkedIn",
    "uit online kanalen",
    "via e-mailmarketing",
    "via onze nieuwsbrief",
    "via Instagram",
    "op TikTok",
    "via Google Ads",
    "uit organisch zoeken",
    "via de website",
    "in de webshop",
    "via partners",
    "via resellers",
    "via beurzen",
    "via koude acquisitie",
    "via doorverwijzingen",
    "via YouTube",
    "op bol.com",
    "via onze podcast",
    "in onze winkels",
    "via het blog",
    "in de app",
    "via webinars",
    "via Facebook-advertenties",
    "via SEO",
    "via mond-tot-mond",
    "via flyers",
    "via radioreclame",
    "via WhatsApp",
    "uit sociale media",
    "via social media",
    "via affiliates",
    "op Amazon",
)
NL_SCOPES = (
    "in de regio Utrecht",
    "in de zorgsector",
    "in Duitsland",
    "in de Benelux",
    "bij mkb-bedrijven",
    "onder studenten",
    "in het onderwijs",
    "in Vlaanderen",
    "bij bestaande klanten",
    "in de Randstad",
    "voor de nieuwe productlijn",
)
NL_SIDES = (
    "met minimaal 4 sterren",
    "met een gemiddelde score van 8 of hoger",
    "met een budget van maximaal € 5.000",
    "zonder extra personeel",
    "met hetzelfde budget",
    "bij klanten met 2+ bestellingen",
    "met een marge van minstens 30%",
    "met een CPL onder de € 40",
    "met maximaal 3 fte",
    "zonder kortingsacties",
    "met een retentie van ten minste 80%",
    "met minder dan 2% retouren",
)
NL_PURPOSES = (
    "om de omzet te verhogen",
    "zodat het salesteam meer afspraken kan plannen",
    "ten behoeve van de groeistrategie",
    "om onze naamsbekendheid te vergroten",
    "zodat we de jaardoelen halen",
    "om de klantloyaliteit te versterken",
    "teneinde de kosten te verlagen",
    "om meer jonge mensen te bereiken",
    "zodat klanten sneller geholpen worden",
    "om de werkdruk te verlagen",
    "om de overstap naar de cloud mogelijk te maken",
    "ter ondersteuning van de internationale uitbreiding",
)
NL_PERSONAL_PURPOSES = (
    "om fit te blijven",
    "zodat ik in 2028 kan promoveren",
    "zodat ik meer energie heb",
    "om mijn kansen op een baan te vergroten",
    "zodat ik mijn klanten in het Spaans kan helpen",
)
NL_SUBJECTS = ("Ik wil", "We willen", "Wij willen", "Het team wil", "De afdeling wil")
NL_RATES = (
    "per maand",
    "per week",
    "per kwartaal",
    "per dag",
    "elke week",
    "elke maand",
    "per sprint",
    "per jaar",
    "iedere week",
    "per werkdag",
)
NL_RATE_ADVERBS = ("maandelijks", "wekelijks", "dagelijks", "elk kwartaal")

NL_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
NL_MONTH_ABBR = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
NL_ORDINALS = ("eerste", "tweede", "derde", "vierde")

NL_UNITS_WORDS = {
    1: "één",
    2: "twee",
    3: "drie",
    4: "vier",
    5: "vijf",
    6: "zes",
    7: "zeven",
    8: "acht",
    9: "negen",
    10: "tien",
    11: "elf",
    12: "twaalf",
    13: "dertien",
    14: "veertien",
    15: "vijftien",
    16: "zestien",
    17: "zeventien",
    18: "achttien",
    19: "negentien",
}
NL_TENS_WORDS = {
    20: "twintig",
    30: "dertig",
    40: "veertig",
    50: "vijftig",
    60: "zestig",
    70: "zeventig",
    80: "tachtig",
    90: "negentig",
}

NL_SLA_OBJECTS = (
    "supporttickets",
    "tickets",
    "klantvragen",
    "e-mails van klanten",
    "klachten",
    "vragen via WhatsApp",
    "chatberichten",
    "retouraanvragen",
    "facturen",
    "sollicitaties",
    "offerteaanvragen",
    "storingsmeldingen",
)
NL_SLA_UNITS = ((1, 48, "uur"), (5, 60, "minuten"), (2, 10, "werkdagen"), (2, 14, "dagen"))

NL_DELIVERABLES: tuple[tuple[str, str, str, str], ...] = (
    ("product", "Lanceer", "lanceren", "de nieuwe webshop"),
    ("product", "Lanceer", "lanceren", "de app in Duitsland"),
    ("marketing", "Publiceer", "publiceren", "de nieuwe tarievenpagina"),
    ("operations", "Implementeer", "implementeren", "het nieuwe CRM-systeem"),
    ("operations", "Behaal", "behalen", "het ISO 27001-certificaat"),
    ("personal", "Haal", "halen", "mijn rijbewijs"),
    ("operations", "Migreer", "migreren", "de klantdatabase naar de cloud"),
    ("marketing", "Organiseer", "organiseren", "de jaarlijkse klantendag"),
    ("sales", "Open", "openen", "een tweede vestiging in Utrecht"),
    ("hr", "Ontwikkel", "ontwikkelen", "een nieuw onboardingprogramma"),
    ("marketing", "Vernieuw", "vernieuwen", "de website"),
    ("education", "Schrijf", "schrijven", "mijn scriptie"),
    ("education", "Haal", "halen", "mijn B2-certificaat Spaans"),
    ("marketing", "Start", "starten", "een podcast over duurzaam ondernemen"),
    ("sales", "Introduceer", "introduceren", "een referral-programma"),
    ("finance", "Automatiseer", "automatiseren", "de maandafsluiting"),
    ("hr", "Herschrijf", "herschrijven", "alle functieprofielen"),
    ("product", "Vervang", "vervangen", "het oude betaalsysteem"),
)
NL_VAGUE_NOUNS = (
    "leads",
    "klanten",
    "volgers",
    "omzet",
    "bezoekers op de website",
    "aanmeldingen",
    "reviews",
    "interactie op onze LinkedIn-pagina",
    "naamsbekendheid",
    "downloads",
    "sollicitanten",
    "tevreden klanten",
    "verkeer naar de webshop",
)
NL_VAGUE_UP = (
    "Verbeter",
    "Verhoog",
    "Vergroot",
    "Optimaliseer",
    "Versterk",
    "Stimuleer",
    "Maximaliseer",
)
NL_VAGUE_DOWN = ("Verlaag", "Verminder", "Beperk", "Verbeter")
NL_PERSONAL_VAGUE = (
    "Fitter worden",
    "Gezonder eten",
    "Meer sporten",
    "Minder tijd op mijn telefoon",
    "Beter leren plannen op het werk",
    "Mijn Spaans verbeteren",
    "Een betere leidinggevende worden",
    "Meer lezen",
    "Vaker mediteren",
    "Beter slapen",
    "Meer tijd voor mijn gezin",
)
NL_VAGUE_TIMES = (
    "voor de zomer",
    "na de zomervakantie",
    "zo snel mogelijk",
    "op korte termijn",
    "binnenkort",
    "rond de kerst",
)
NL_STARTS = (
    "1 januari 2027",
    "januari 2027",
    "volgende maand",
    "Q2 2027",
    "het nieuwe schooljaar",
    "1 maart",
    "februari",
    "week 3",
)

# --- English ----------------------------------------------------------------------------------


def _en(*verbs: str) -> tuple[tuple[str, str], ...]:
    return tuple((v, v) for v in verbs)


EN_COUNTED: tuple[Counted, ...] = (
    Counted(
        "marketing",
        _en("Get", "Generate", "Capture", "Collect"),
        (
            "leads",
            "new leads",
            "qualified leads",
            "MQLs",
            "inbound enquiries",
            "demo requests",
            "quote requests",
            "warm leads",
        ),
        10,
        5000,
    ),
    Counted(
        "marketing",
        _en("Gain", "Get", "Win", "Attract"),
        (
            "new subscribers",
            "newsletter subscribers",
            "followers",
            "new followers",
            "webinar sign-ups",
            "open day registrations",
            "event registrations",
            "paying subscribers",
        ),
        50,
        50000,
    ),
    Counted(
        "marketing",
        _en("Publish", "Write", "Produce", "Post"),
        (
            "blog posts",
            "blog articles",
            "customer case studies",
            "videos",
            "LinkedIn posts",
            "newsletters",
            "white papers",
            "podcast episodes",
            "how-to guides",
            "Instagram reels",
        ),
        2,
        100,
        True,
    ),
    Counted(
        "marketing",
        _en("Host", "Run", "Organise", "Organize"),
        ("webinars", "workshops", "customer events", "masterclasses", "roundtable sessions"),
        2,
        30,
        True,
    ),
    Counted(
        "marketing",
        _en("Drive", "Generate", "Attract", "Earn"),
        (
            "website visitors",
            "unique visitors",
            "page views",
            "backlinks",
            "reviews",
            "positive reviews",
            "white paper downloads",
            "impressions",
        ),
        100,
        500000,
    ),
    Counted(
        "sales",
        _en("Close", "Sign"),
        ("deals", "new contracts", "partnerships", "framework agreements", "maintenance contracts"),
        2,
        200,
    ),
    Counted(
        "sales",
        _en("Win", "Acquire", "Land", "Sign up"),
        (
            "new customers",
            "enterprise customers",
            "B2B clients",
            "business customers",
            "new accounts",
            "customers in healthcare",
            "SMB customers",
        ),
        3,
        2000,
    ),
    Counted(
        "sales", _en("Send", "Submit"), ("proposals", "quotes", "pricing proposals"), 10, 500, True
    ),
    Counted(
        "sales",
        _en("Book", "Hold", "Schedule"),
        ("demos", "sales calls", "discovery calls", "meetings with prospects"),
        5,
        400,
        True,
    ),
    Counted(
        "sales",
        _en("Sell"),
        (
            "subscriptions",
            "licences",
            "licenses",
            "annual plans",
            "units",
            "tickets",
            "solar panels",
        ),
        10,
        20000,
    ),
    Counted(
        "operations",
        _en("Ship", "Process", "Deliver"),
        ("orders", "parcels", "shipments"),
        100,
        100000,
        True,
    ),
    Counted(
        "product",
        _en("Reach", "Get", "Hit"),
        (
            "active users",
            "monthly active users",
            "app installs",
            "downloads",
            "paying users",
            "trial accounts",
            "daily active users",
        ),
        100,
        1000000,
    ),
    Counted(
        "product",
        _en("Ship", "Launch", "Release", "Build"),
        ("new features", "improvements", "integrations", "A/B tests"),
        2,
        40,
        True,
    ),
    Counted(
        "product",
        _en("Fix", "Close", "Resolve"),
        ("bugs", "critical bugs", "open issues", "security vulnerabilities"),
        5,
        500,
    ),
    Counted(
        "support",
        _en("Handle", "Process", "Resolve"),
        ("support tickets", "customer questions", "complaints", "return requests"),
        50,
        10000,
        True,
    ),
    Counted(
        "product",
        _en("Run", "Conduct"),
        ("customer interviews", "user tests", "usability tests"),
        5,
        60,
        True,
    ),
    Counted(
        "hr",
        _en("Hire", "Recruit", "Onboard"),
        (
            "new employees",
            "developers",
            "nurses",
            "interns",
            "volunteers",
            "new colleagues",
            "trainees",
            "engineers",
        ),
        2,
        150,
    ),
    Counted(
        "hr",
        _en("Train", "Coach"),
        ("employees", "team leads", "managers", "new starters", "support agents"),
        5,
        500,
    ),
    Counted(
        "hr",
        _en("Organise", "Run", "Host"),
        (
            "training sessions",
            "team days",
            "lunch-and-learns",
            "peer review sessions",
            "knowledge sessions",
        ),
        2,
        40,
        True,
    ),
    Counted(
        "hr",
        _en("Hold", "Conduct"),
        ("performance reviews", "exit interviews", "1:1s", "career conversations"),
        5,
        300,
        True,
    ),
    Counted(
        "education",
        _en("Learn"),
        ("new Spanish words", "German words", "French verbs", "Italian words"),
        50,
        3000,
        True,
    ),
    Counted(
        "education",
        _en("Read"),
        ("books", "non-fiction books", "research papers", "novels", "books in Spanish"),
        3,
        60,
        True,
    ),
    Counted(
        "education",
        _en("Earn", "Complete"),
        ("credits", "certificates", "ECTS credits", "course modules"),
        5,
        60,
    ),
    Counted(
        "education",
        _en("Mentor", "Supervise"),
        ("students", "pupils", "interns", "thesis students"),
        2,
        60,
    ),
    Counted(
        "education",
        _en("Take", "Complete"),
        ("online courses", "training courses", "masterclasses", "guest lectures"),
        2,
        20,
        True,
    ),
    Counted(
        "education",
        _en("Do", "Complete"),
        ("practice exams", "practice problems", "mock tests"),
        5,
        300,
        True,
    ),
    Counted(
        "personal",
        _en("Run", "Cycle", "Swim", "Walk"),
        ("kilometres", "km", "miles"),
        5,
        2000,
        True,
    ),
    Counted("personal", _en("Walk"), ("steps",), 5000, 15000, True),
    Counted("personal", _en("Do"), ("push-ups", "sit-ups", "squats"), 10, 100, True),
    Counted(
        "personal",
        _en("Visit", "See"),
        ("museums", "new countries", "concerts", "national parks"),
        3,
        20,
    ),
    Counted(
        "finance",
        _en("Recruit", "Sign up", "Gain"),
        ("donors", "new donors", "sponsors", "monthly donors"),
        5,
        2000,
    ),
    Counted(
        "operations",
        _en("Onboard", "Select"),
        ("new suppliers", "local suppliers", "sustainable suppliers"),
        2,
        20,
    ),
)

EN_LEVELS: tuple[Level, ...] = (
    Level("sales", "revenue", "money", True, 20_000, 5_000_000),
    Level("sales", "our annual revenue", "money", True, 100_000, 20_000_000),
    Level("finance", "profit", "money", True, 10_000, 2_000_000),
    Level("finance", "net profit", "money", True, 10_000, 2_000_000),
    Level("finance", "ARR", "money", True, 100_000, 10_000_000),
    Level("finance", "MRR", "money", True, 5_000, 500_000),
    Level("sales", "average order value", "money_small", True, 20, 400),
    Level("marketing", "cost per lead", "money_small", False, 5, 200),
    Level("marketing", "customer acquisition cost", "money_small", False, 20, 900),
    Level("finance", "operating costs", "money", False, 50_000, 3_000_000),
    Level("finance", "our software spend", "money", False, 5_000, 400_000),
    Level("marketing", "the conversion rate", "pct_small", True, 0.5, 8),
    Level("marketing", "the webshop conversion rate", "pct_small", True, 0.5, 8),
    Level("marketing", "the click-through rate of our ads", "pct_small", True, 0.3, 6),
    Level("marketing", "the newsletter open rate", "pct", True, 15, 60),
    Level("marketing", "brand awareness", "pct", True, 5, 70),
    Level("marketing", "our market share", "pct", True, 2, 45),
    Level("product", "monthly churn", "pct_small", False, 1, 12),
    Level("product", "churn", "pct_small", False, 1, 12),
    Level("product", "customer retention", "pct", True, 60, 98),
    Level("support", "NPS", "nps", True, -20, 80),
    Level("support", "customer satisfaction", "pct", True, 60, 98),
    Level("support", "our Google rating", "stars", True, 3, 5),
    Level("support", "average response time", "hours", False, 1, 72),
    Level("support", "first response time on chat", "minutes", False, 1, 30),
    Level("product", "page load time", "seconds", False, 0.5, 8),
    Level("product", "uptime", "pct_high", True, 99, 99.99),
    Level("product", "test coverage", "pct", True, 30, 95),
    Level("hr", "absenteeism", "pct_small", False, 2, 9),
    Level("hr", "employee turnover", "pct", False, 5, 25),
    Level("hr", "time to hire", "days", False, 14, 90),
    Level("hr", "eNPS", "nps", True, -20, 60),
    Level("education", "the pass rate of my students", "pct", True, 50, 98),
    Level("education", "my average grade", "grade", True, 5.5, 9),
    Level("operations", "delivery time", "days", False, 1, 14),
    Level("operations", "the picking error rate", "pct_small", False, 0.2, 5),
    Level("finance", "days sales outstanding", "days", False, 14, 90),
    Level("marketing", "the number of website visitors", "count", True, 1000, 500_000),
    Level("marketing", "our Instagram followers", "count", True, 500, 200_000),
    Level("support", "the number of complaints", "count", False, 10, 5000),
    Level("product", "the number of critical bugs", "count", False, 5, 400),
    Level("operations", "the number of returns", "count", False, 50, 20_000),
    Level("product", "the number of active users", "count", True, 1000, 1_000_000),
    Level("sales", "the number of new customers", "count", True, 10, 5000),
)

EN_CHANNELS = (
    "from LinkedIn",
    "from online channels",
    "through email marketing",
    "via our newsletter",
    "on Instagram",
    "on TikTok",
    "from Google Ads",
    "from organic search",
    "through the website",
    "in the online store",
    "through partners",
    "via resellers",
    "at trade shows",
    "from cold calling",
    "through referrals",
    "on YouTube",
    "on Amazon",
    "via our podcast",
    "in our stores",
    "on the blog",
    "in the app",
    "from webinars",
    "from Facebook ads",
    "via SEO",
    "through word of mouth",
    "from flyers",
    "via radio ads",
    "on WhatsApp",
    "from social media",
    "through affiliates",
    "via outbound",
)
EN_SCOPES = (
    "in healthcare",
    "in Germany",
    "in the UK",
    "among SMBs",
    "in the DACH region",
    "in the enterprise segment",
    "among students",
    "in the Benelux",
    "with existing customers",
    "in North America",
    "for the new product line",
)
EN_SIDES = (
    "with at least 4 stars",
    "with an average score of 8 or higher",
    "on a budget of at most $5,000",
    "without extra headcount",
    "on the same budget",
    "for customers with 2+ orders",
    "at a margin of at least 30%",
    "with a CPL under €40",
    "with no more than 3 FTE",
    "without discounting",
    "with retention of at least 80%",
    "with fewer than 2% returns",
)
EN_PURPOSES = (
    "to increase revenue",
    "so that sales can book more demos",
    "in order to hit our annual plan",
    "to grow brand awareness",
    "so that the team can focus on enterprise deals",
    "to cut support costs",
    "to reach a younger audience",
    "so that customers get help faster",
    "in order to reduce workload",
    "to prepare for the move to the cloud",
    "to support the expansion into Europe",
)
EN_PERSONAL_PURPOSES = (
    "to stay fit",
    "so I can apply for a PhD in 2028",
    "so that I have more energy",
    "to improve my job prospects",
    "so that I can help customers in Spanish",
)
EN_SUBJECTS = (
    "We want to",
    "I want to",
    "We will",
    "Our goal is to",
    "The team will",
    "Aim to",
    "I will",
)
EN_RATES = (
    "per month",
    "a month",
    "each month",
    "every week",
    "per week",
    "a week",
    "per quarter",
    "a day",
    "per day",
    "per sprint",
    "every month",
    "monthly",
    "weekly",
    "per year",
)

EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EN_MONTH_ABBR = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
)
EN_ORDINALS = ("first", "second", "third", "fourth")

EN_UNITS_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    13: "thirteen",
    14: "fourteen",
    15: "fifteen",
    16: "sixteen",
    17: "seventeen",
    18: "eighteen",
    19: "nineteen",
}
EN_TENS_WORDS = {
    20: "twenty",
    30: "thirty",
    40: "forty",
    50: "fifty",
    60: "sixty",
    70: "seventy",
    80: "eighty",
    90: "ninety",
}

EN_SLA_OBJECTS = (
    "support tickets",
    "tickets",
    "customer questions",
    "customer emails",
    "complaints",
    "WhatsApp messages",
    "chat messages",
    "return requests",
    "invoices",
    "job applications",
    "quote requests",
    "outage reports",
)
EN_SLA_UNITS = (
    (2, 48, "hours"),
    (5, 60, "minutes"),
    (2, 10, "business days"),
    (2, 14, "days"),
    (2, 8, "working hours"),
)

EN_DELIVERABLES: tuple[tuple[str, str, str, str], ...] = (
    ("product", "Launch", "launch", "the new online store"),
    ("product", "Launch", "launch", "the app in Germany"),
    ("marketing", "Publish", "publish", "the new pricing page"),
    ("operations", "Roll out", "roll out", "the new CRM"),
    ("operations", "Achieve", "achieve", "ISO 27001 certification"),
    ("personal", "Get", "get", "my driving licence"),
    ("operations", "Migrate", "migrate", "the customer database to the cloud"),
    ("marketing", "Run", "run", "the annual customer day"),
    ("sales", "Open", "open", "a second office in Manchester"),
    ("hr", "Design", "design", "a new onboarding programme"),
    ("marketing", "Redesign", "redesign", "the website"),
    ("education", "Finish", "finish", "my thesis"),
    ("education", "Pass", "pass", "the B2 Spanish exam"),
    ("marketing", "Start", "start", "a podcast about sustainable business"),
    ("sales", "Introduce", "introduce", "a referral programme"),
    ("finance", "Automate", "automate", "the month-end close"),
    ("hr", "Rewrite", "rewrite", "all job descriptions"),
    ("product", "Replace", "replace", "the legacy payment system"),
)
EN_VAGUE_NOUNS = (
    "leads",
    "customers",
    "followers",
    "revenue",
    "visitors to the website",
    "sign-ups",
    "reviews",
    "engagement on our LinkedIn page",
    "brand awareness",
    "downloads",
    "applicants",
    "happy customers",
    "traffic to the online store",
)
EN_VAGUE_UP = (
    "Improve",
    "Increase",
    "Boost",
    "Enhance",
    "Optimise",
    "Optimize",
    "Maximise",
    "Grow",
    "Strengthen",
)
EN_VAGUE_DOWN = ("Reduce", "Lower", "Cut", "Minimise", "Improve")
EN_PERSONAL_VAGUE = (
    "Get fitter",
    "Eat healthier",
    "Exercise more",
    "Spend less time on my phone",
    "Get better at planning",
    "Improve my Spanish",
    "Become a better manager",
    "Read more",
    "Meditate more often",
    "Sleep better",
    "Spend more time with my family",
)
EN_VAGUE_TIMES = (
    "before summer",
    "after the summer break",
    "as soon as possible",
    "soon",
    "in the near future",
    "around Christmas",
)
EN_STARTS = (
    "January 1, 2027",
    "January 2027",
    "next month",
    "Q2 2027",
    "the new school year",
    "March 1",
    "February",
    "week 3",
)


# Where a channel ('via LinkedIn', 'from Google Ads') reads naturally: acquisition, sales and
# support volumes, product usage, order volumes and recruiting; not after push-ups, bugs or
# training sessions, nor after levels such as churn or eNPS.
_CHANNEL_DOMAINS = frozenset({"marketing", "sales", "finance", "support"})
_CHANNEL_VERBS = frozenset(
    {
        ("product", "Bereik"),
        ("product", "Reach"),
        ("operations", "Verwerk"),
        ("operations", "Ship"),
        ("hr", "Werf"),
        ("hr", "Hire"),
    }
)
_CHANNEL_LEVELS = frozenset(
    {
        "de omzet",
        "de jaaromzet",
        "de conversieratio",
        "de kosten per lead",
        "de gemiddelde orderwaarde",
        "het aantal websitebezoekers",
        "het aantal nieuwe klanten",
        "de MRR",
        "het aantal actieve gebruikers",
        "revenue",
        "our annual revenue",
        "the conversion rate",
        "cost per lead",
        "average order value",
        "the number of website visitors",
        "the number of new customers",
        "MRR",
        "the number of active users",
    }
)


def _with_channels(counted: Sequence[Counted]) -> tuple[Counted, ...]:
    return tuple(
        replace(c, ch=c.domain in _CHANNEL_DOMAINS or (c.domain, c.verbs[0][0]) in _CHANNEL_VERBS)
        for c in counted
    )


def _levels_with_channels(levels: Sequence[Level]) -> tuple[Level, ...]:
    return tuple(replace(lv, ch=lv.phrase in _CHANNEL_LEVELS) for lv in levels)


NL_COUNTED = _with_channels(NL_COUNTED)
EN_COUNTED = _with_channels(EN_COUNTED)
NL_LEVELS = _levels_with_channels(NL_LEVELS)
EN_LEVELS = _levels_with_channels(EN_LEVELS)

# --- templates --------------------------------------------------------------------------------
# Fields: {X} level phrase, {v} level value, {a}/{b} baseline/target, {d} delta, {num} count,
# {noun}, {Imp}/{imp}/{inf} verb forms, {ch} {scope} {rate} {dl} {side} {purp} optional parts
# with their leading space, {DL} a fronted deadline, {Subj} a first-person opener.

NL_T: dict[str, tuple[str, ...]] = {
    "count": (
        "{Imp} {num} {noun}{ch}{scope}{dl}{side}{purp}",
        "{Imp} {num} {noun}{ch}{scope}{dl}{side}{purp}",
        "{Imp}{dl} {num} {noun}{ch}{purp}",
        "{num} {noun}{ch}{scope} {inf}{dl}{purp}",
        "{Subj} {num} {noun}{ch}{scope} {inf}{dl}{side}{purp}",
        "{Subj}{dl} {num} {noun}{ch} {inf}{purp}",
        "Ons doel is om {num} {noun}{ch} te {inf}{dl}{purp}",
        "{num} {noun}{ch}{scope}{dl}",
        "Doel: {num} {noun}{ch}{dl}",
    ),
    "rate": (
        "{Imp} {num} {noun}{ch} {rate}{dl}{purp}",
        "{Imp} {adv} {num} {noun}{ch}{dl}{purp}",
        "{Subj} {rate} {num} {noun}{ch} {inf}{dl}{purp}",
        "{num} {noun} {rate}{ch}",
    ),
    "to_up": (
        "Verhoog {X}{ch}{scope} naar {v}{dl}{side}{purp}",
        "Verhoog {X}{ch}{scope}{dl} naar {v}{purp}",
        "Breng {X}{ch} naar {v}{dl}{purp}",
        "Vergroot {X}{scope} tot {v}{dl}{purp}",
        "Laat {X}{ch} groeien naar {v}{dl}{purp}",
        "{X}{ch} verhogen naar {v}{dl}{purp}",
        "{Subj} {X}{ch}{dl} naar {v} verhogen{purp}",
        "{X}{ch} naar {v}{dl}",
    ),
    "to_down": (
        "Verlaag {X}{ch}{scope} naar {v}{dl}{side}{purp}",
        "Breng {X} terug naar {v}{dl}{purp}",
        "Verminder {X}{scope} tot {v}{dl}{purp}",
        "Beperk {X} tot {v}{dl}{purp}",
        "{X} verlagen naar {v}{dl}{purp}",
        "{Subj} {X}{dl} terugbrengen naar {v}{purp}",
        "{Subj} {X} naar {v} verlagen{dl}{purp}",
    ),
    "by_up": (
        "Verhoog {X}{ch}{scope} met {d}{dl}{side}{purp}",
        "Laat {X}{ch} met {d} groeien{dl}{purp}",
        "Vergroot {X} met {d}{dl}{purp}",
        "{X}{ch} met {d} verhogen{dl}{purp}",
        "{Subj} {X}{dl} met {d} laten groeien{purp}",
        "Verhoog {X} met minimaal {d}{dl}{purp}",
    ),
    "by_down": (
        "Verlaag {X}{ch}{scope} met {d}{dl}{side}{purp}",
        "Verminder {X} met {d}{dl}{purp}",
        "{X} met {d} verlagen{dl}{purp}",
        "{Subj} {X}{dl} met {d} verlagen{purp}",
        "Verlaag {X} met ten minste {d}{dl}{purp}",
    ),
    "by_count_up": ("{d} meer {noun}{ch}{dl}{purp}",),
    "by_count_down": ("{d} minder {noun}{dl}{purp}",),
    "from_up": (
        "Verhoog {X}{ch}{scope} van {a} naar {b}{dl}{side}{purp}",
        "Breng {X} van {a} naar {b}{dl}{purp}",
        "Laat {X} groeien van {a} naar {b}{dl}{purp}",
        "{X} van {a} naar {b}{dl}{purp}",
        "{Subj} {X}{dl} van {a} naar {b} brengen{purp}",
    ),
    "from_down": (
        "Verlaag {X}{ch}{scope} van {a} naar {b}{dl}{side}{purp}",
        "Breng {X} terug van {a} naar {b}{dl}{purp}",
        "{X} van {a} naar {b}{dl}{purp}",
        "{Subj} {X}{dl} van {a} naar {b} terugbrengen{purp}",
    ),
    "mult_up": (
        "Verdubbel {X}{ch}{dl}{purp}",
        "Verdrievoudig {X}{ch}{dl}{purp}",
        "{X}{ch} verdubbelen{dl}{purp}",
        "{Subj} {X}{ch}{dl} verdubbelen{purp}",
        "Verdubbel {X}{scope}{dl}{purp}",
    ),
    "mult_down": ("Halveer {X}{dl}{purp}", "{X} halveren{dl}{purp}"),
    "mult_count": ("2x zoveel {noun}{ch}{dl}", "3x zoveel {noun}{ch}{dl}"),
    "date_first": (
        "{DL} {inf} we {num} {noun}{ch}{purp}",
        "{DL} hebben we {num} {noun}{ch}{purp}",
        "{DL} willen we {num} {noun}{ch} {inf}{purp}",
        "{DL}: {num} {noun}{ch}",
    ),
    "date_first_up": ("{DL} verhogen we {X}{ch} naar {v}{purp}",),
    "date_first_down": ("{DL} verlagen we {X} naar {v}{purp}",),
    "start": (
        "Vanaf {start} {inf} we {num} {noun}{ch} {rate}",
        "Vanaf {start}: {num} {noun} {rate}",
        "Vanaf {start} {rate} {num} {noun}{ch} {inf}",
    ),
    "sla": (
        "Beantwoord {pct} van de {obj} binnen {n} {unit}{dl}{purp}",
        "Behandel {pct} van de {obj} binnen {n} {unit} na ontvangst{dl}",
        "Reageer op {pct} van de {obj} binnen {n} {unit}{dl}",
        "{pct} van de {obj} binnen {n} {unit} beantwoorden{dl}",
        "Beantwoord alle {obj} binnen {n} {unit}",
        "Verwerk {pct} van de {obj} binnen {n} {unit}{purp}",
    ),
    "deliverable": (
        "{Imp} {obj}{dl}{purp}",
        "{obj} {inf}{dl}",
        "{Subj}{dl} {obj} {inf}{purp}",
        "{Subj} {obj} {inf}{dl}",
    ),
    "vague": (
        "Meer {vnoun}{ch}{dl}",
        "{VUp} {X}{ch}{scope}{dl}{purp}",
        "{X} verbeteren{dl}",
        "{Subj} {X}{ch} verbeteren{dl}{purp}",
        "Zorgen voor meer {vnoun}{ch}",
        "{Subj} meer {vnoun}{ch}{dl}",
        "{pvague}{dl}",
    ),
    "vague_down": ("{VDown} {X}{scope}{dl}{purp}", "{X} omlaag brengen{dl}"),
    "channel_only": (
        "{Imp} {noun}{ch}{dl}",
        "{noun}{ch} {inf}{dl}",
        "{Subj} {noun}{ch} {inf}",
    ),
    "personal": (
        "Ik wil {n} kilo afvallen{dl}",
        "Val {n} kilo af{dl}{purp}",
        "{n} kg afvallen{dl}",
        "Sport {k} keer per week{dl}{purp}",
        "Ga {k} keer per week hardlopen{dl}",
        "Spaar {money}{dl} voor een nieuwe auto",
        "Ik wil {money} sparen{dl}",
        "Mediteer elke dag {m} minuten",
        "Drink {l} liter water per dag",
        "Slaap minimaal {h} uur per nacht{dl}",
        "Loop de halve marathon in minder dan {h} uur{dl}",
    ),
}

EN_T: dict[str, tuple[str, ...]] = {
    "count": (
        "{Imp} {num} {noun}{ch}{scope}{dl}{side}{purp}",
        "{Imp} {num} {noun}{ch}{scope}{dl}{side}{purp}",
        "{Subj} {imp} {num} {noun}{ch}{scope}{dl}{side}{purp}",
        "{Subj} {imp} {num} {noun}{ch}{dl}{purp}",
        "{num} {noun}{ch}{scope}{dl}",
        "Goal: {num} {noun}{ch}{dl}",
        "{Imp} at least {num} {noun}{ch}{dl}{purp}",
    ),
    "rate": (
        "{Imp} {num} {noun}{ch} {rate}{dl}{purp}",
        "{Subj} {imp} {num} {noun}{ch} {rate}{dl}{purp}",
        "{num} {noun} {rate}{ch}",
    ),
    "to_up": (
        "Increase {X}{ch}{scope} to {v}{dl}{side}{purp}",
        "Raise {X}{ch} to {v}{dl}{purp}",
        "Grow {X}{scope} to {v}{dl}{purp}",
        "Bring {X} up to {v}{dl}{purp}",
        "Lift {X}{ch} to {v}{dl}{purp}",
        "{Subj} increase {X}{ch} to {v}{dl}{purp}",
        "{X}{ch} at {v}{dl}",
    ),
    "to_down": (
        "Reduce {X}{ch}{scope} to {v}{dl}{side}{purp}",
        "Cut {X} to {v}{dl}{purp}",
        "Lower {X} to {v}{dl}{purp}",
        "Bring {X} down to {v}{dl}{purp}",
        "Keep {X} below {v}{dl}{purp}",
        "{Subj} reduce {X} to {v}{dl}{purp}",
    ),
    "by_up": (
        "Increase {X}{ch}{scope} by {d}{dl}{side}{purp}",
        "Grow {X}{ch} by {d}{dl}{purp}",
        "Boost {X} by {d}{dl}{purp}",
        "Lift {X} by {d}{dl}{purp}",
        "Increase {X} by at least {d}{dl}{purp}",
        "{Subj} grow {X} by {d}{dl}{purp}",
    ),
    "by_down": (
        "Reduce {X}{ch}{scope} by {d}{dl}{side}{purp}",
        "Cut {X} by {d}{dl}{purp}",
        "Lower {X} by {d}{dl}{purp}",
        "{Subj} reduce {X} by {d}{dl}{purp}",
    ),
    "by_count_up": ("{d} more {noun}{ch}{dl}{purp}",),
    "by_count_down": ("{d} fewer {noun}{dl}{purp}",),
    "from_up": (
        "Increase {X}{ch}{scope} from {a} to {b}{dl}{side}{purp}",
        "Raise {X} from {a} to {b}{dl}{purp}",
        "Grow {X} from {a} to {b}{dl}{purp}",
        "{X} from {a} to {b}{dl}{purp}",
        "{Subj} take {X} from {a} to {b}{dl}{purp}",
    ),
    "from_down": (
        "Reduce {X}{ch}{scope} from {a} to {b}{dl}{side}{purp}",
        "Cut {X} from {a} to {b}{dl}{purp}",
        "Bring {X} down from {a} to {b}{dl}{purp}",
        "{X} from {a} to {b}{dl}{purp}",
    ),
    "mult_up": (
        "Double {X}{ch}{dl}{purp}",
        "Triple {X}{ch}{dl}{purp}",
        "{Subj} double {X}{ch}{dl}{purp}",
        "Double {X}{scope}{dl}{purp}",
    ),
    "mult_down": ("Halve {X}{dl}{purp}", "Cut {X} in half{dl}{purp}"),
    "mult_count": ("2x more {noun}{ch}{dl}", "3x the {noun}{ch}{dl}"),
    "date_first": (
        "{DL}, {imp} {num} {noun}{ch}{purp}",
        "{DL}, we will have {num} {noun}{ch}{purp}",
        "{DL} we want {num} {noun}{ch}",
        "{DL}: {num} {noun}{ch}",
    ),
    "date_first_up": ("{DL}, increase {X}{ch} to {v}{purp}",),
    "date_first_down": ("{DL}, reduce {X} to {v}{purp}",),
    "start": (
        "Starting {start}, {imp} {num} {noun}{ch} {rate}",
        "From {start}, {imp} {num} {noun} {rate}",
        "Beginning in {start}, {imp} {num} {noun}{ch} {rate}",
    ),
    "sla": (
        "Answer {pct} of {obj} within {n} {unit}{dl}{purp}",
        "Resolve {pct} of {obj} within {n} {unit} of receipt{dl}",
        "Respond to {pct} of {obj} within {n} {unit}{dl}",
        "Reply to all {obj} within {n} {unit}",
        "Process {pct} of {obj} within {n} {unit}{purp}",
    ),
    "deliverable": (
        "{Imp} {obj}{dl}{purp}",
        "{Subj} {inf} {obj}{dl}{purp}",
        "Goal: {inf} {obj}{dl}",
    ),
    "vague": (
        "Get more {vnoun}{ch}{dl}",
        "More {vnoun}{ch}",
        "{VUp} {X}{ch}{scope}{dl}{purp}",
        "{Subj} improve {X}{ch}{dl}{purp}",
        "{Subj} get more {vnoun}{ch}{dl}",
        "{pvague}{dl}",
    ),
    "vague_down": ("{VDown} {X}{scope}{dl}{purp}", "Bring {X} down{dl}"),
    "channel_only": (
        "{Imp} {noun}{ch}{dl}",
        "{Subj} {imp} {noun}{ch}",
    ),
    "personal": (
        "I want to lose {n} kg{dl}",
        "Lose {n} pounds{dl}{purp}",
        "Work out {k} times a week{dl}{purp}",
        "Go running {k} times a week{dl}",
        "Save {money}{dl} for a new car",
        "I want to save {money}{dl}",
        "Meditate {m} minutes every day",
        "Drink {l} litres of water a day",
        "Sleep at least {h} hours a night{dl}",
        "Run a half marathon in under {h} hours{dl}",
    ),
}

# How often each family is drawn; roughly the mix of real goal lists (most are counts or level
# changes, a good share vague, a few rates, service levels and deliverables).
FAMILY_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("count", 26),
    ("level_to", 10),
    ("level_by", 8),
    ("baseline", 8),
    ("multiplier", 3),
    ("rate", 8),
    ("sla", 5),
    ("deliverable", 6),
    ("vague", 12),
    ("channel_only", 4),
    ("date_first", 4),
    ("start", 2),
    ("personal", 4),
)

_NICE_MANTISSAS = (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5, 8)

# Which levels a multiplier reads naturally on ('verdubbel de omzet', 'halveer de levertijd');
# not grades, stars, NPS or 99.9% uptime. Keyed by the level's good direction (up?).
_MULTIPLIABLE = {
    True: frozenset({"money", "count", "pct_small"}),
    False: frozenset({"money", "money_small", "count", "pct_small", "hours", "minutes", "days"}),
}


def _rate_hi(c: Counted) -> int:
    """A count per week or month is a fraction of a campaign total (4 blogs, not 60)."""
    return max(c.lo + 1, c.hi // 5)


class _Builder:
    """Draws one goal of one language at a time; subclasses hold the language's notation."""

    lang = ""
    counted: tuple[Counted, ...] = ()
    levels: tuple[Level, ...] = ()
    channels: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()
    sides: tuple[str, ...] = ()
    purposes: tuple[str, ...] = ()
    personal_purposes: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    rates: tuple[str, ...] = ()
    templates: dict[str, tuple[str, ...]] = {}  # noqa: RUF012  (read-only class data)
    dec_sep = "."
    group_sep = ","

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.currency: tuple[str, ...] | None = None
        self.keep_currency = False
        self._nice_cache: dict[tuple[int, int], list[int]] = {}
        self._families = [name for name, _ in FAMILY_WEIGHTS]
        self._weights = [w for _, w in FAMILY_WEIGHTS]

    # -- numbers --

    def nice(self, lo: float, hi: float) -> int:
        """A value people would write in a goal: mostly round (40, 250, 1.500), sometimes not."""
        lo_i, hi_i = max(1, int(lo)), max(1, int(hi))
        if self.rng.random() < 0.3:
            v = self.rng.randint(lo_i, hi_i)
            if v >= 1000:  # people write 28.000 or 28.500, rarely 28.299
                digits = len(str(v)) - self.rng.choice((2, 2, 3))
                v = max(lo_i, round(v, -digits))
            return v
        key = (lo_i, hi_i)
        cands = self._nice_cache.get(key)
        if cands is None:
            found: set[int] = set()
            power = 1
            while power <= hi_i:
                for m in _NICE_MANTISSAS:
                    v = int(m * power)
                    if lo_i <= v <= hi_i and v == m * power:
                        found.add(v)
                power *= 10
            cands = sorted(found) or [lo_i]
            self._nice_cache[key] = cands
        return self.rng.choice(cands)

    def grouped(self, v: int) -> str:
        return f"{v:,}".replace(",", self.group_sep)

    def decimal(self, v: float, places: int = 1) -> str:
        text = f"{v:.{places}f}".rstrip("0").rstrip(".") if places else f"{v:.0f}"
        return text.replace(".", self.dec_sep)

    def number_word(self, v: int) -> str | None:  # pragma: no cover - overridden
        raise NotImplementedError

    def count(self, v: int) -> str:
        """A count in one of the notations people use: '1.500', '1500', '5k', 'veertig'."""
        r = self.rng.random()
        word = self.number_word(v)
        if word is not None and r < 0.25:
            return word
        if v >= 1_000_000 and r < 0.6:
            return self.millions(v)
        if v >= 1000 and v % 1000 == 0 and r < 0.45:
            return f"{v // 1000}{self.rng.choice(('k', 'k', 'K'))}"
        if v >= 1000 and r > 0.85:
            return str(v)
        return self.grouped(v)

    def millions(self, v: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def money(self, v: float, cents: bool = False) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def pct(self, v: float, places: int = 1) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def unit_value(self, kind: str, v: float) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def points(self, v: float) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def pct_points(self, v: float) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def level_value(self, lv: Level, v: float) -> str:
        """A level's value in its kind's notation (money, percent, grade, hours, count)."""
        k = lv.kind
        if k == "money":
            return self.money(v)
        if k == "money_small":
            return self.money(v, cents=True)
        if k in ("pct", "pct_small", "pct_high"):
            return self.pct(v, 2 if k == "pct_high" else 1)
        if k == "count":
            return self.count(int(v))
        return self.unit_value(k, v)

    def draw_level(self, lv: Level) -> float:
        """A level value within the metric's realistic range, rounded the way people do."""
        k = lv.kind
        if k in ("money", "count"):
            return float(self.nice(lv.lo, lv.hi))
        if k == "money_small":
            v = self.rng.uniform(lv.lo, lv.hi)
            return round(v) if self.rng.random() < 0.7 else round(v, 2)
        if k in ("pct_small", "seconds", "stars", "grade"):
            step = 0.5 if k in ("stars", "grade") else 0.1
            v = self.rng.uniform(lv.lo, lv.hi)
            if self.rng.random() < 0.5:
                return float(round(v))
            return round(round(v / step) * step, 1)
        if k == "pct_high":
            return self.rng.choice((99.0, 99.5, 99.9, 99.95, 99.99))
        if k == "nps":
            return float(self.rng.randint(int(lv.lo), int(lv.hi)))
        return float(round(self.rng.uniform(lv.lo, lv.hi)))

    def delta(self, lv: Level) -> str:
        """The amount of change in 'met 20%' / 'by $50,000': relative or in the metric's unit."""
        r = self.rng.random()
        if r < 0.55 or lv.kind in ("pct_high",):
            return self.pct(float(self.rng.choice((5, 10, 15, 20, 25, 30, 40, 50, 12.5, 3))))
        k = lv.kind
        if k == "money":
            return self.money(float(self.nice(lv.lo / 10, lv.hi / 2)))
        if k == "money_small":
            return self.money(float(self.rng.randint(2, max(3, int(lv.hi / 4)))))
        if k in ("pct", "pct_small"):
            return self.pct_points(float(self.rng.choice((1, 2, 3, 5, 0.5, 10))))
        if k == "nps":
            return self.points(float(self.rng.choice((5, 10, 15, 20))))
        if k in ("grade", "stars"):
            return self.points(self.rng.choice((0.5, 1.0)))
        if k == "count":
            return self.count(self.nice(lv.lo / 10, lv.hi / 2))
        v = self.rng.randint(1, max(2, int(lv.hi / 3)))
        return self.unit_value(k, float(v))

    # -- optional parts --

    def maybe(self, p: float, items: Sequence[str]) -> str:
        return " " + self.rng.choice(items) if self.rng.random() < p else ""

    def deadline(self) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def dl(self, p: float) -> str:
        return " " + self.deadline() if self.rng.random() < p else ""

    def fill(self, family: str, **fields: str) -> str:
        tpl = self.rng.choice(self.templates[family])
        return tpl.format_map(_Fields(fields))

    # -- families --

    def goal(self) -> tuple[str, str, str]:
        """(text, domain, family) for one goal of this language."""
        family = self.rng.choices(self._families, self._weights)[0]
        method: Callable[[], tuple[str, str]] = getattr(self, f"_{family}")
        text, domain = method()
        text = " ".join(text.split())
        if self.rng.random() < 0.04:
            text = text[0].lower() + text[1:]
        else:
            text = text[0].upper() + text[1:]
        r = self.rng.random()
        if r < 0.18:
            text += "."
        elif r < 0.19:
            text += "!"
        return text, domain, family

    def _verb(self, c: Counted) -> tuple[str, str]:
        return self.rng.choice(c.verbs)

    def _common(self, dl_p: float = 0.75, ch: bool = True, domain: str = "") -> dict[str, str]:
        """The optional parts. Channels, scopes and side conditions only where they make
        sense (``ch``); personal and study goals get personal purposes."""
        personal = domain in ("personal", "education")
        return {
            "ch": self.maybe(0.45, self.channels) if ch else "",
            "scope": self.maybe(0.08, self.scopes) if ch else "",
            "dl": self.dl(dl_p),
            "side": self.maybe(0.07, self.sides) if ch else "",
            "purp": self.maybe(0.12, self.personal_purposes if personal else self.purposes),
            "Subj": self.rng.choice(self.subjects),
        }

    def _count(self) -> tuple[str, str]:
        c = self.rng.choice(self.counted)
        imp, inf = self._verb(c)
        fields = self._common(ch=c.ch, domain=c.domain)
        fields.update(
            Imp=imp,
            imp=imp.lower(),
            inf=inf,
            noun=self.rng.choice(c.nouns),
            num=self.count(self.nice(c.lo, c.hi)),
        )
        return self.fill("count", **fields), c.domain

    def _rate(self) -> tuple[str, str]:
        c = self.rng.choice([c for c in self.counted if c.rate])
        imp, inf = self._verb(c)
        fields = self._common(dl_p=0.2, ch=c.ch, domain=c.domain)
        fields.update(
            Imp=imp,
            imp=imp.lower(),
            inf=inf,
            noun=self.rng.choice(c.nouns),
            num=self.count(self.nice(c.lo, _rate_hi(c))),
            rate=self.rng.choice(self.rates),
            adv=self.rng.choice(self.rate_adverbs()),
        )
        return self.fill("rate", **fields), c.domain

    def rate_adverbs(self) -> tuple[str, ...]:
        return self.rates

    def _level_to(self) -> tuple[str, str]:
        lv = self.rng.choice(self.levels)
        fields = self._common(ch=lv.ch, domain=lv.domain)
        fields.update(X=lv.phrase, v=self.level_value(lv, self.draw_level(lv)))
        return self.fill("to_up" if lv.up else "to_down", **fields), lv.domain

    def _level_by(self) -> tuple[str, str]:
        lv = self.rng.choice(self.levels)
        fields = self._common(ch=lv.ch, domain=lv.domain)
        fields.update(X=lv.phrase, d=self.delta(lv))
        if lv.kind == "count" and self.rng.random() < 0.25:
            fields["noun"] = self.count_noun(lv)
            family = "by_count_up" if lv.up else "by_count_down"
        else:
            family = "by_up" if lv.up else "by_down"
        return self.fill(family, **fields), lv.domain

    def count_noun(self, lv: Level) -> str:
        """'het aantal klachten' → 'klachten' (for '20% minder klachten')."""
        for lead in ("het aantal ", "the number of ", "our "):
            if lv.phrase.startswith(lead):
                return lv.phrase[len(lead) :]
        return lv.phrase

    def _baseline(self) -> tuple[str, str]:
        lv = self.rng.choice(self.levels)
        a = self.draw_level(lv)
        b = a
        for _ in range(40):
            b = self.draw_level(lv)
            lo, hi = sorted((a, b))
            if (b > a) == lv.up and lo > 0 and hi / lo <= 3 and b != a:
                break
        else:
            # the range is too narrow to draw a better value: nudge it
            b = a * (1.2 if lv.up else 0.8)
            b = round(b, 1) if lv.kind not in ("money", "count") else float(round(b))
        if (b > a) != lv.up:
            a, b = b, a
        fields = self._common(ch=lv.ch, domain=lv.domain)
        self.keep_currency = True  # one currency for both ends of 'van € 1 mln naar € 2 mln'
        a_text = self.level_value(lv, a)
        b_text = self.level_value(lv, b)
        self.keep_currency, self.currency = False, None
        fields.update(X=lv.phrase, a=a_text, b=b_text)
        return self.fill("from_up" if lv.up else "from_down", **fields), lv.domain

    def _multiplier(self) -> tuple[str, str]:
        lv = self.rng.choice([lv for lv in self.levels if lv.kind in _MULTIPLIABLE[lv.up]])
        fields = self._common(dl_p=0.7, ch=lv.ch, domain=lv.domain)
        fields.update(X=lv.phrase)
        if lv.kind == "count" and lv.up and self.rng.random() < 0.3:
            fields["noun"] = self.count_noun(lv)
            return self.fill("mult_count", **fields), lv.domain
        return self.fill("mult_up" if lv.up else "mult_down", **fields), lv.domain

    def _sla(self) -> tuple[str, str]:
        lo, hi, unit = self.rng.choice(self.sla_units())
        fields = self._common(dl_p=0.2, ch=False)
        fields.update(
            pct=self.pct(float(self.rng.choice((80, 85, 90, 95, 98, 99, 75)))),
            obj=self.rng.choice(self.sla_objects()),
            n=str(self.rng.randint(lo, hi)),
            unit=unit,
        )
        return self.fill("sla", **fields), "support"

    def sla_units(self) -> tuple[tuple[int, int, str], ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def sla_objects(self) -> tuple[str, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def deliverables(self) -> tuple[tuple[str, str, str, str], ...]:  # pragma: no cover
        raise NotImplementedError

    def _deliverable(self) -> tuple[str, str]:
        domain, imp, inf, obj = self.rng.choice(self.deliverables())
        fields = self._common(dl_p=0.6, ch=False, domain=domain)
        fields.update(Imp=imp, inf=inf, obj=obj)
        return self.fill("deliverable", **fields), domain

    def _vague(self) -> tuple[str, str]:
        lv = self.rng.choice(self.levels)
        fields = self._common(dl_p=0.3, ch=lv.ch, domain=lv.domain)
        fields.update(
            X=lv.phrase,
            vnoun=self.rng.choice(self.vague_nouns()),
            VUp=self.rng.choice(self.vague_up() if lv.up else self.vague_down()),
            VDown=self.rng.choice(self.vague_down()),
            pvague=self.rng.choice(self.personal_vague()),
        )
        if not lv.up and self.rng.random() < 0.5:
            return self.fill("vague_down", **fields), lv.domain
        return self.fill("vague", **fields), lv.domain

    def vague_nouns(self) -> tuple[str, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def vague_up(self) -> tuple[str, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def vague_down(self) -> tuple[str, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def personal_vague(self) -> tuple[str, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def _channel_only(self) -> tuple[str, str]:
        c = self.rng.choice([c for c in self.counted if c.ch])
        imp, inf = self._verb(c)
        fields = self._common(dl_p=0.3)
        if not fields["ch"] and self.rng.random() < 0.7:
            fields["ch"] = " " + self.rng.choice(self.channels)
        fields.update(Imp=imp, imp=imp.lower(), inf=inf, noun=self.rng.choice(c.nouns))
        return self.fill("channel_only", **fields), c.domain

    def _date_first(self) -> tuple[str, str]:
        fields = self._common(dl_p=0.0)
        dl = self.deadline()
        fields["DL"] = dl[0].upper() + dl[1:]
        if self.rng.random() < 0.3:
            lv = self.rng.choice(self.levels)
            fields["ch"] = fields["ch"] if lv.ch else ""
            fields.update(X=lv.phrase, v=self.level_value(lv, self.draw_level(lv)))
            family = "date_first_up" if lv.up else "date_first_down"
            return self.fill(family, **fields), lv.domain
        c = self.rng.choice(self.counted)
        imp, inf = self._verb(c)
        fields["ch"] = fields["ch"] if c.ch else ""
        fields.update(
            imp=imp.lower(),
            inf=inf,
            noun=self.rng.choice(c.nouns),
            num=self.count(self.nice(c.lo, c.hi)),
        )
        return self.fill("date_first", **fields), c.domain

    def starts(self) -> tuple[str, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def _start(self) -> tuple[str, str]:
        c = self.rng.choice([c for c in self.counted if c.rate])
        imp, inf = self._verb(c)
        fields = self._common(dl_p=0.0, ch=c.ch, domain=c.domain)
        fields.update(
            imp=imp.lower(),
            inf=inf,
            noun=self.rng.choice(c.nouns),
            num=self.count(self.nice(c.lo, _rate_hi(c))),
            rate=self.rng.choice(self.rates),
            start=self.rng.choice(self.starts()),
        )
        return self.fill("start", **fields), c.domain

    def _personal(self) -> tuple[str, str]:
        fields = self._common(dl_p=0.6, ch=False, domain="personal")
        fields.update(
            n=self.count(self.rng.randint(2, 25)),
            k=self.count(self.rng.randint(2, 6)),
            money=self.money(float(self.nice(300, 20000))),
            m=str(self.rng.choice((5, 10, 15, 20))),
            l=self.decimal(self.rng.choice((1.5, 2.0, 2.5)), 1),
            h=self.count(self.rng.choice((2, 7, 8))),
        )
        return self.fill("personal", **fields), "personal"


class _Fields(dict[str, str]):
    """A format map where a field a template does not use, or a part not drawn, is empty."""

    def __missing__(self, key: str) -> str:
        return ""


class _Dutch(_Builder):
    lang = "nl"
    counted = NL_COUNTED
    levels = NL_LEVELS
    channels = NL_CHANNELS
    scopes = NL_SCOPES
    sides = NL_SIDES
    purposes = NL_PURPOSES
    personal_purposes = NL_PERSONAL_PURPOSES
    subjects = NL_SUBJECTS
    rates = NL_RATES
    templates = NL_T
    dec_sep = ","
    group_sep = "."

    def rate_adverbs(self) -> tuple[str, ...]:
        return NL_RATE_ADVERBS

    def number_word(self, v: int) -> str | None:
        if v in NL_UNITS_WORDS:
            return NL_UNITS_WORDS[v]
        if v in NL_TENS_WORDS:
            return NL_TENS_WORDS[v]
        if 20 < v < 100:
            unit = "een" if v % 10 == 1 else NL_UNITS_WORDS[v % 10]
            joint = "ën" if unit.endswith("e") else "en"
            return f"{unit}{joint}{NL_TENS_WORDS[v - v % 10]}"
        if v in (100, 1000):
            return "honderd" if v == 100 else "duizend"
        if v % 100 == 0 and 200 <= v <= 900:
            return NL_UNITS_WORDS[v // 100] + "honderd"
        if v % 1000 == 0 and 2000 <= v <= 9000:
            return NL_UNITS_WORDS[v // 1000] + "duizend"
        return None

    def millions(self, v: int) -> str:
        m = self.decimal(v / 1_000_000, 1)
        return f"{m} {self.rng.choice(('miljoen', 'mln', 'miljoen'))}"

    def money(self, v: float, cents: bool = False) -> str:
        if self.currency is None:
            self.currency = ("€", "euro") if self.rng.random() < 0.85 else ("$", "dollar")
        cur, word = self.currency
        if not self.keep_currency:
            self.currency = None
        if cents and v != int(v):
            amount = f"{int(v):,}".replace(",", ".") + "," + f"{v:.2f}".split(".")[1]
            return f"{cur} {amount}" if self.rng.random() < 0.7 else f"{cur}{amount}"
        n = int(v)
        s = self.rng.random()
        if n >= 1_000_000 and n % 100_000 == 0 and s < 0.6:
            short = f"{self.decimal(n / 1_000_000, 1)} {self.rng.choice(('mln', 'miljoen'))}"
            return f"{cur} {short}" if s < 0.3 else f"{short} {word}"
        if n >= 10_000 and n % 1000 == 0 and s < 0.25:
            return f"{cur}{n // 1000}k" if s < 0.12 else f"{cur} {n // 1000}K"
        g = self.grouped(n)
        t = self.rng.random()
        if t < 0.45:
            return f"{cur} {g}"
        if t < 0.7:
            return f"{cur}{g}"
        if t < 0.85:
            return f"{g} {word}"
        if t < 0.93 and cur == "€":
            return f"EUR {g}"
        return f"{cur} {g},-"

    def pct(self, v: float, places: int = 1) -> str:
        num = self.decimal(v, places)
        r = self.rng.random()
        if r < 0.7:
            return f"{num}%"
        if r < 0.8:
            return f"{num} %"
        return f"{num} procent"

    def pct_points(self, v: float) -> str:
        num = self.decimal(v, 1)
        return f"{num} {self.rng.choice(('procentpunt', 'procentpunten', 'procentpunt'))}"

    def points(self, v: float) -> str:
        return f"{self.decimal(v, 1)} {'punt' if v == 1 else 'punten'}"

    def unit_value(self, kind: str, v: float) -> str:
        num = self.decimal(v, 1)
        if kind == "grade":
            return f"een {num}" if self.rng.random() < 0.5 else num
        if kind == "stars":
            return f"{num} {'ster' if v == 1 else 'sterren'}"
        if kind == "nps":
            return f"+{num}" if v > 0 and self.rng.random() < 0.2 else num
        unit = {
            "hours": ("uur", "u", "uur"),
            "minutes": ("minuten", "min", "minuten"),
            "seconds": ("seconden", "sec", "s"),
            "days": ("dagen", "werkdagen", "dagen"),
        }
        word = self.rng.choice(unit[kind])
        return f"{num}{word}" if word in ("u", "s") else f"{num} {word}"

    def sla_units(self) -> tuple[tuple[int, int, str], ...]:
        return NL_SLA_UNITS

    def sla_objects(self) -> tuple[str, ...]:
        return NL_SLA_OBJECTS

    def deliverables(self) -> tuple[tuple[str, str, str, str], ...]:
        return NL_DELIVERABLES

    def vague_nouns(self) -> tuple[str, ...]:
        return NL_VAGUE_NOUNS

    def vague_up(self) -> tuple[str, ...]:
        return NL_VAGUE_UP

    def vague_down(self) -> tuple[str, ...]:
        return NL_VAGUE_DOWN

    def personal_vague(self) -> tuple[str, ...]:
        return NL_PERSONAL_VAGUE

    def starts(self) -> tuple[str, ...]:
        return NL_STARTS

    def deadline(self) -> str:
        """Any Dutch deadline shape; about one in twenty is a vague time that is no deadline."""
        rng = self.rng
        kind = rng.choices(
            (
                "date",
                "date_noyear",
                "iso",
                "numeric",
                "quarter",
                "half",
                "year",
                "month",
                "relative",
                "duration",
                "vague",
            ),
            (14, 10, 4, 4, 14, 5, 10, 9, 8, 17, 5),
        )[0]
        year = rng.choice((2026, 2027, 2027, 2027, 2028))
        month = rng.randint(1, 12)
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        if rng.random() < 0.3:
            day = calendar.monthrange(year, month)[1]
        prep = rng.choice(("tegen", "voor", "vóór", "uiterlijk", "uiterlijk op", "op", "per"))
        mname = NL_MONTHS[month - 1]
        if kind == "date":
            if rng.random() < 0.2:
                mname = NL_MONTH_ABBR[month - 1]
            return f"{prep} {day} {mname} {year}"
        if kind == "date_noyear":
            return f"{prep} {day} {mname}"
        if kind == "iso":
            return f"{prep} {year}-{month:02d}-{day:02d}"
        if kind == "numeric":
            sep = rng.choice(("-", "-", "/"))
            return f"{prep} {day:02d}{sep}{month:02d}{sep}{year}"
        if kind == "quarter":
            q = rng.randint(1, 4)
            return rng.choice(
                (
                    f"in Q{q}",
                    f"in Q{q} {year}",
                    f"eind Q{q}",
                    f"eind Q{q} {year}",
                    f"voor eind Q{q}",
                    f"uiterlijk eind Q{q} {year}",
                    f"in het {NL_ORDINALS[q - 1]} kwartaal",
                    f"in het {NL_ORDINALS[q - 1]} kwartaal van {year}",
                    f"aan het eind van Q{q}",
                    f"uiterlijk in Q{q} {year}",
                    f"voor het einde van het {NL_ORDINALS[q - 1]} kwartaal",
                    f"in {year}-Q{q}",
                )
            )
        if kind == "half":
            h = rng.randint(1, 2)
            return rng.choice(
                (
                    f"in H{h} {year}",
                    f"in H{h}",
                    f"eind H{h} {year}",
                    f"voor eind H{h}",
                    f"in de {('eerste', 'tweede')[h - 1]} helft van {year}",
                    f"in de {('eerste', 'tweede')[h - 1]} jaarhelft",
                )
            )
        if kind == "year":
            return rng.choice(
                (
                    f"in {year}",
                    f"eind {year}",
                    f"voor eind {year}",
                    f"uiterlijk eind {year}",
                    "dit jaar",
                    "volgend jaar",
                    "voor het einde van het jaar",
                    "voor het einde van dit jaar",
                    "voor de jaarwisseling",
                    f"in het boekjaar {year}",
                    "komend jaar",
                    f"ultimo {year}",
                )
            )
        if kind == "month":
            return rng.choice(
                (
                    f"in {mname}",
                    f"eind {mname}",
                    f"voor eind {mname} {year}",
                    f"in {mname} {year}",
                    f"uiterlijk {mname} {year}",
                    f"voor {mname}",
                    f"eind {NL_MONTH_ABBR[month - 1]} {year}",
                )
            )
        if kind == "relative":
            return rng.choice(
                (
                    "deze maand",
                    "volgende maand",
                    "dit kwartaal",
                    "volgend kwartaal",
                    "komend kwartaal",
                    "het komende kwartaal",
                    "voor het einde van het kwartaal",
                    "voor het einde van de maand",
                    "binnen dit kwartaal",
                    "eind volgende maand",
                )
            )
        if kind == "duration":
            unit, lo, hi, single = rng.choice(
                (
                    ("dagen", 10, 120, "dag"),
                    ("weken", 2, 16, "week"),
                    ("maanden", 2, 18, "maand"),
                    ("kwartalen", 2, 4, "kwartaal"),
                )
            )
            n = rng.randint(lo, hi)
            if unit == "dagen":
                n = rng.choice((30, 60, 90, 100, 14, n))
            num = self.number_word(n) if rng.random() < 0.3 else None
            num = num or str(n)
            return rng.choice(
                (
                    f"binnen {num} {unit}",
                    f"in de komende {num} {unit}",
                    f"binnen {num} {unit}",
                    f"over {num} {unit}",
                    f"binnen nu en {num} {unit}",
                    "binnen een jaar",
                    "binnen een half jaar",
                    f"binnen één {single}",
                )
            )
        return rng.choice(NL_VAGUE_TIMES)


class _English(_Builder):
    lang = "en"
    counted = EN_COUNTED
    levels = EN_LEVELS
    channels = EN_CHANNELS
    scopes = EN_SCOPES
    sides = EN_SIDES
    purposes = EN_PURPOSES
    personal_purposes = EN_PERSONAL_PURPOSES
    subjects = EN_SUBJECTS
    rates = EN_RATES
    templates = EN_T

    def number_word(self, v: int) -> str | None:
        if v in EN_UNITS_WORDS:
            return EN_UNITS_WORDS[v]
        if v in EN_TENS_WORDS:
            return EN_TENS_WORDS[v]
        if 20 < v < 100:
            return f"{EN_TENS_WORDS[v - v % 10]}-{EN_UNITS_WORDS[v % 10]}"
        if v in (100, 1000):
            return self.rng.choice(("a", "one")) + (" hundred" if v == 100 else " thousand")
        if v % 100 == 0 and 200 <= v <= 900:
            return EN_UNITS_WORDS[v // 100] + " hundred"
        if v % 1000 == 0 and 2000 <= v <= 9000:
            return EN_UNITS_WORDS[v // 1000] + " thousand"
        return None

    def millions(self, v: int) -> str:
        m = self.decimal(v / 1_000_000, 1)
        return self.rng.choice((f"{m} million", f"{m}M", f"{m} million"))

    def money(self, v: float, cents: bool = False) -> str:
        if self.currency is None:
            r = self.rng.random()
            self.currency = (
                ("$", "dollars", "USD")
                if r < 0.6
                else ("€", "euros", "EUR")
                if r < 0.85
                else ("£", "pounds", "GBP")
            )
        cur, word, iso = self.currency
        if not self.keep_currency:
            self.currency = None
        if cents and v != int(v):
            return f"{cur}{v:,.2f}"
        n = int(v)
        s = self.rng.random()
        if n >= 1_000_000 and n % 100_000 == 0 and s < 0.6:
            m = self.decimal(n / 1_000_000, 1)
            return self.rng.choice(
                (f"{cur}{m}M", f"{cur}{m} million", f"{m} million {word}", f"{cur}{m}m")
            )
        if n >= 10_000 and n % 1000 == 0 and s < 0.25:
            return f"{cur}{n // 1000}{self.rng.choice(('k', 'K'))}"
        g = self.grouped(n)
        t = self.rng.random()
        if t < 0.65:
            return f"{cur}{g}"
        if t < 0.8:
            return f"{g} {word}"
        if t < 0.9:
            return f"{iso} {g}"
        return f"{cur} {g}"

    def pct(self, v: float, places: int = 1) -> str:
        num = self.decimal(v, places)
        r = self.rng.random()
        if r < 0.75:
            return f"{num}%"
        if r < 0.93:
            return f"{num} percent"
        return f"{num} per cent"

    def pct_points(self, v: float) -> str:
        num = self.decimal(v, 1)
        return f"{num} {self.rng.choice(('percentage points', 'points', 'pp'))}"

    def points(self, v: float) -> str:
        return f"{self.decimal(v, 1)} {'point' if v == 1 else 'points'}"

    def unit_value(self, kind: str, v: float) -> str:
        num = self.decimal(v, 1)
        if kind == "grade":
            return num
        if kind == "stars":
            return f"{num} {'star' if v == 1 else 'stars'}"
        if kind == "nps":
            return f"+{num}" if v > 0 and self.rng.random() < 0.2 else num
        unit = {
            "hours": ("hours", "h", "hrs"),
            "minutes": ("minutes", "min", "mins"),
            "seconds": ("seconds", "s", "sec"),
            "days": ("days", "business days", "days"),
        }
        word = self.rng.choice(unit[kind])
        if v == 1:
            word = {
                "hours": "hour",
                "minutes": "minute",
                "seconds": "second",
                "days": "day",
                "business days": "business day",
            }.get(word, word)
        return f"{num}{word}" if word in ("h", "s") else f"{num} {word}"

    def sla_units(self) -> tuple[tuple[int, int, str], ...]:
        return EN_SLA_UNITS

    def sla_objects(self) -> tuple[str, ...]:
        return EN_SLA_OBJECTS

    def deliverables(self) -> tuple[tuple[str, str, str, str], ...]:
        return EN_DELIVERABLES

    def vague_nouns(self) -> tuple[str, ...]:
        return EN_VAGUE_NOUNS

    def vague_up(self) -> tuple[str, ...]:
        return EN_VAGUE_UP

    def vague_down(self) -> tuple[str, ...]:
        return EN_VAGUE_DOWN

    def personal_vague(self) -> tuple[str, ...]:
        return EN_PERSONAL_VAGUE

    def starts(self) -> tuple[str, ...]:
        return EN_STARTS

    def deadline(self) -> str:
        """Any English deadline shape; about one in twenty is a vague time that is no deadline."""
        rng = self.rng
        kind = rng.choices(
            (
                "date",
                "date_noyear",
                "iso",
                "numeric",
                "quarter",
                "half",
                "year",
                "month",
                "relative",
                "duration",
                "vague",
            ),
            (14, 10, 4, 3, 14, 5, 10, 9, 8, 17, 5),
        )[0]
        year = rng.choice((2026, 2027, 2027, 2027, 2028))
        month = rng.randint(1, 12)
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        if rng.random() < 0.3:
            day = calendar.monthrange(year, month)[1]
        prep = rng.choice(("by", "by", "before", "no later than", "on or before"))
        mname = EN_MONTHS[month - 1]
        if kind == "date":
            abbr = EN_MONTH_ABBR[month - 1]
            return rng.choice(
                (
                    f"{prep} {mname} {day}, {year}",
                    f"{prep} {day} {mname} {year}",
                    f"{prep} {abbr} {day}, {year}",
                    f"{prep} {mname} {_ordinal(day)}, {year}",
                    f"{prep} the {_ordinal(day)} of {mname} {year}",
                )
            )
        if kind == "date_noyear":
            return rng.choice(
                (
                    f"{prep} {mname} {day}",
                    f"{prep} {day} {mname}",
                    f"{prep} {mname} {_ordinal(day)}",
                    f"{prep} the {_ordinal(day)} of {mname}",
                    f"{prep} {EN_MONTH_ABBR[month - 1]} {day}",
                )
            )
        if kind == "iso":
            return f"{prep} {year}-{month:02d}-{day:02d}"
        if kind == "numeric":
            return f"{prep} {month}/{day}/{year}"
        if kind == "quarter":
            q = rng.randint(1, 4)
            return rng.choice(
                (
                    f"in Q{q}",
                    f"in Q{q} {year}",
                    f"by the end of Q{q}",
                    f"by end of Q{q} {year}",
                    f"by Q{q} {year}",
                    f"in the {EN_ORDINALS[q - 1]} quarter",
                    f"in the {EN_ORDINALS[q - 1]} quarter of {year}",
                    f"before the end of Q{q}",
                    f"by the close of Q{q}",
                    f"by end-Q{q}",
                )
            )
        if kind == "half":
            h = rng.randint(1, 2)
            return rng.choice(
                (
                    f"in H{h} {year}",
                    f"by the end of H{h}",
                    f"in the {('first', 'second')[h - 1]} half of {year}",
                    f"by mid-{year}",
                    f"in H{h}",
                )
            )
        if kind == "year":
            return rng.choice(
                (
                    f"in {year}",
                    f"by the end of {year}",
                    f"by end of {year}",
                    "by year-end",
                    "by the end of the year",
                    "this year",
                    "next year",
                    "before the end of the year",
                    f"by end of FY{year}",
                    f"in fiscal year {year}",
                    "by the end of next year",
                )
            )
        if kind == "month":
            return rng.choice(
                (
                    f"by {mname}",
                    f"by the end of {mname}",
                    f"in {mname} {year}",
                    f"by {mname} {year}",
                    f"by end of {mname}",
                    f"in {mname}",
                    f"by the end of {EN_MONTH_ABBR[month - 1]} {year}",
                )
            )
        if kind == "relative":
            return rng.choice(
                (
                    "this month",
                    "next month",
                    "by next month",
                    "by the end of the month",
                    "this quarter",
                    "next quarter",
                    "by the end of next quarter",
                    "by the end of this quarter",
                    "within this quarter",
                    "by the end of next month",
                )
            )
        if kind == "duration":
            unit, lo, hi, single = rng.choice(
                (
                    ("days", 10, 120, "day"),
                    ("weeks", 2, 16, "week"),
                    ("months", 2, 18, "month"),
                    ("quarters", 2, 4, "quarter"),
                )
            )
            n = rng.randint(lo, hi)
            if unit == "days":
                n = rng.choice((30, 60, 90, 100, 14, n))
            num = self.number_word(n) if rng.random() < 0.3 else None
            num = num or str(n)
            return rng.choice(
                (
                    f"within {num} {unit}",
                    f"in the next {num} {unit}",
                    f"within {num} {unit}",
                    f"over the next {num} {unit}",
                    f"in {num} {unit}",
                    f"within the next {num} {unit}",
                    "within a year",
                    "within six months",
                    f"within one {single}",
                )
            )
        return rng.choice(EN_VAGUE_TIMES)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def iter_goals(seed: int = 1, distinct: bool = True) -> Iterator[Goal]:
    """Goals forever (until the template space runs dry), alternating Dutch and English so
    any prefix is half and half. ``distinct`` drops repeats, which needs a set of every text
    so far; a memory test streaming millions of goals passes ``False`` so that the generator's
    own memory stays flat (about one goal in eight is then a repeat by 200,000, mostly short
    vague ones; the rest is new text)."""
    rng = random.Random(seed)
    builders: tuple[_Builder, _Builder] = (_Dutch(rng), _English(rng))
    seen: set[str] = set()
    misses = 0
    turn = 0
    while misses < 10_000:
        b = builders[turn % 2]
        text, domain, family = b.goal()
        if distinct:
            if text in seen:
                misses += 1
                continue
            misses = 0
            seen.add(text)
        turn += 1
        yield Goal(text, b.lang, domain, family)


def generate(n: int = 10_000, seed: int = 1) -> list[Goal]:
    """The first ``n`` goals for ``seed``: distinct, deterministic, half Dutch and half English."""
    out: list[Goal] = []
    for goal in iter_goals(seed):
        if len(out) >= n:
            break
        out.append(goal)
    if len(out) < n:
        raise ValueError(f"the templates yield only {len(out)} distinct goals, not {n}")
    return out


def texts(n: int = 10_000, seed: int = 1) -> list[str]:
    """Just the texts of :func:`generate`."""
    return [g.text for g in generate(n, seed)]


def main(argv: Sequence[str] | None = None) -> None:
    """``python -m bench.goals -n 20000 --seed 1 > goals.txt``: one goal per line."""
    ap = argparse.ArgumentParser(prog="python -m bench.goals", description=main.__doc__)
    ap.add_argument("-n", type=int, default=10_000, help="how many goals (default 10000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--tsv", action="store_true", help="lang, domain, family and text per line")
    args = ap.parse_args(argv)
    out = sys.stdout
    for g in generate(args.n, args.seed):
        out.write(f"{g.lang}\t{g.domain}\t{g.family}\t{g.text}\n" if args.tsv else g.text + "\n")


if __name__ == "__main__":
    main()

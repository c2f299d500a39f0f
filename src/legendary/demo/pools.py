"""Word pools the demo draws from: products, places, names.

Every pool is a tuple, never a set, so that picking from it with a seeded `random.Random`
gives the same result in every process (set order depends on hash randomisation).
Phone numbers and e-mail domains come from ranges reserved for drama and documentation
(Ofcom's 07700 900xxx, 0113 496 0xxx; the `example` domains), so no real person is reached.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Product:
    """Something Harbour & Pine sells: its name, price in pounds and kind of thing."""

    name: str
    price: int
    kind: str  # furniture / textiles / kitchen / lighting / decor


COMPANY = "Harbour & Pine"
COMPANY_HANDLE = "@HarbourAndPine"
STAFF_EMAIL_DOMAIN = "harbourandpine.example"

PRODUCTS: tuple[Product, ...] = (
    Product("oak dining table", 649, "furniture"),
    Product("rattan armchair", 289, "furniture"),
    Product("walnut bookcase", 415, "furniture"),
    Product("velvet corner sofa", 1199, "furniture"),
    Product("bedside table", 139, "furniture"),
    Product("storage bench", 179, "furniture"),
    Product("linen duvet cover", 95, "textiles"),
    Product("wool throw", 68, "textiles"),
    Product("jute rug", 149, "textiles"),
    Product("pair of blackout curtains", 84, "textiles"),
    Product("bamboo bath towel set", 46, "textiles"),
    Product("velvet cushion cover set", 32, "textiles"),
    Product("stoneware dinner set", 120, "kitchen"),
    Product("cast-iron casserole dish", 89, "kitchen"),
    Product("copper kettle", 74, "kitchen"),
    Product("enamel saucepan set", 110, "kitchen"),
    Product("glass storage jar set", 28, "kitchen"),
    Product("ceramic table lamp", 79, "lighting"),
    Product("glass pendant light", 99, "lighting"),
    Product("brass floor lamp", 189, "lighting"),
    Product("round wall mirror", 119, "decor"),
    Product("hand-thrown vase", 42, "decor"),
    Product("seagrass basket set", 38, "decor"),
)

# Bedding and curtains are where sizes go wrong.
SIZED_PRODUCTS: tuple[str, ...] = (
    "linen duvet cover",
    "fitted sheet",
    "mattress topper",
    "pair of blackout curtains",
    "pair of flannel pillowcases",
)
SIZES: tuple[str, ...] = ("single", "double", "king-size", "super king")
COLOURS: tuple[str, ...] = (
    "sage green",
    "navy",
    "oatmeal",
    "terracotta",
    "charcoal",
    "dusky pink",
    "mustard",
    "chalk white",
    "forest green",
)

STORES: tuple[str, ...] = ("Harbour Street", "Riverside")
COURIERS: tuple[str, ...] = ("Northway Couriers", "Swiftline", "our own delivery team")
COMPETITORS: tuple[str, ...] = ("Homefield", "Lantern & Co", "the Beckett Store")

CITIES: tuple[str, ...] = (
    "Bristol",
    "Leeds",
    "Glasgow",
    "Cardiff",
    "Manchester",
    "Brighton",
    "Norwich",
    "Belfast",
    "York",
    "Exeter",
    "Newcastle",
    "Nottingham",
    "Aberdeen",
    "Bath",
    "Sheffield",
    "Plymouth",
)

FIRST_NAMES: tuple[str, ...] = (
    "Amara",
    "Tom",
    "Priya",
    "Callum",
    "Siobhan",
    "Kwame",
    "Mei",
    "Oliver",
    "Fatima",
    "Rhys",
    "Ingrid",
    "Mateo",
    "Chloe",
    "Yusuf",
    "Hannah",
    "Dev",
    "Grace",
    "Tomasz",
    "Aisha",
    "Finn",
    "Leila",
    "Eleanor",
    "Jamal",
    "Sofia",
    "Niamh",
    "Arjun",
    "Beatrice",
    "Kofi",
    "Zara",
    "Ewan",
    "Rosa",
    "Hiroshi",
    "Megan",
    "Olu",
    "Catriona",
    "Samir",
    "Lucy",
    "Andrzej",
    "Imani",
    "George",
    "Anya",
    "Declan",
    "Nadia",
    "Harriet",
    "Ravi",
    "Bronwen",
    "Luca",
    "Esther",
    "Tariq",
    "Molly",
    "Chen",
    "Isla",
    "Emeka",
    "Ruth",
    "Joaquin",
    "Freya",
    "Hamza",
    "Poppy",
    "Bilal",
    "Agnes",
)

SURNAMES: tuple[str, ...] = (
    "Okafor",
    "Whitfield",
    "Sharma",
    "MacLeod",
    "O'Connell",
    "Mensah",
    "Zhang",
    "Hughes",
    "Rahman",
    "Pritchard",
    "Lindqvist",
    "Fernández",
    "Bennett",
    "Aziz",
    "Clarke",
    "Patel",
    "Adeyemi",
    "Nowak",
    "Hussain",
    "Gallagher",
    "Haddad",
    "Fairbairn",
    "Campbell",
    "Rossi",
    "Doherty",
    "Iyer",
    "Ashworth",
    "Boateng",
    "Malik",
    "Sinclair",
    "Moreno",
    "Tanaka",
    "Evans",
    "Balogun",
    "Kerr",
    "Chaudhry",
    "Marsh",
    "Kowalski",
    "Ndlovu",
    "Forsyth",
    "Petrova",
    "Quinn",
    "Begum",
    "Holloway",
    "Reddy",
    "Llewellyn",
    "Bianchi",
    "Cohen",
    "Siddiqui",
    "Turner",
    "Wu",
    "Murray",
    "Eze",
    "Abbott",
    "Castillo",
    "Jensen",
    "Qureshi",
    "Harding",
    "Yilmaz",
    "Stewart",
)

STREETS: tuple[str, ...] = (
    "Marlowe Road",
    "Chapel Lane",
    "Victoria Terrace",
    "Quarry Hill",
    "Orchard Close",
    "Station Road",
    "Kingsway",
    "Elm Grove",
)

EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.org", "example.net", "mail.example")

# Payment test numbers published by card schemes for sandboxes: Luhn-valid, never real.
TEST_CARD_NUMBERS: tuple[str, ...] = (
    "4111 1111 1111 1111",
    "5555 5555 5555 4444",
    "4000 0566 5566 5556",
    "5200 8282 8282 8210",
    "3782 822463 10005",
)

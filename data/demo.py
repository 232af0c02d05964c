"""Believable demo data: six months of a small café-and-bakery, so a new owner sees a living app."""
from __future__ import annotations

import random
from datetime import timedelta

from data.errors import Invalid
from data.l10n import language_of, regional_defaults
from data.model import iso, now

PROFILE = {
    "name": "The Crumb & Cup", "address": "14 Mill Lane\nHebden Bridge\nHX7 8AB",
    "phone": "01422 555 014", "email": "hello@crumbandcup.example", "owner": "Rosa Whitfield",
    "title": "Owner", "ack_hours": "24",
    "resolve_days": "7", "refund_limit": "50",
}
STAFF = ["Maya", "Tom", "Priya", "Luis", "Hannah", "Rosa"]
FIRST = ["Amelia", "Oliver", "Isla", "George", "Zoë", "Noah", "Freya", "Arthur", "José",
         "Łukasz", "Siobhán", "Mohammed", "Chloé", "Eleni", "Kwame", "Ingrid", "Ravi", "Grace",
         "Dmitri", "Aoife", "Hamza", "Lucía", "Finn", "Margaret", "Yusuf", "Elsie"]
LAST = ["Hughes", "Patel", "O'Brien", "Nowak", "Smith", "Okafor", "Jones", "García", "Müller",
        "Walsh", "Khan", "Brown", "Papadopoulou", "Evans", "Lindqvist", "Taylor"]
STREETS = ["Market Street", "Birchcliffe Road", "Crown Street", "Valley Road", "New Road"]

# (category, severity, summary, details, remedy, cost range, root cause, lesson)
COMPLAINTS = [
    ("Coffee", "low", "Flat white served lukewarm", "Customer said the milk was barely warm; "
     "it was during the 8am rush.", "replacement", (0, 0), "Steam wand thermometer missing",
     "Check milk temperature with the probe during the morning rush."),
    ("Waiting time", "medium", "Waited 25 minutes for a takeaway order", "Order ticket was "
     "printed but fell behind the machine.", "discount", (2, 5), "Ticket printer placement",
     "Moved the ticket printer so tickets cannot fall behind the machine."),
    ("Food safety", "critical", "Felt unwell after the chicken sandwich", "Customer phoned the "
     "next morning with stomach pains; ate a chicken pesto sandwich at lunch.", "refund",
     (6, 9), "Fridge 2 running warm", "Fridge temperatures now logged twice a day and signed."),
    ("Allergens", "high", "Walnut in a cake labelled nut-free", "Customer has a nut allergy; "
     "found a walnut piece in the carrot cake slice.", "refund", (4, 6),
     "Shared knife between cakes", "Separate colour-coded knives for nut-free bakes."),
    ("Service", "medium", "Staff member was short with customer", "Customer felt rushed and "
     "dismissed when asking about gluten-free options.", "apology_only", (0, 0),
     "Busy shift, one person on till", "Talked through the gluten-free list with the team."),
    ("Custom cakes", "high", "Birthday cake had the wrong name", "Cake read 'Happy Birthday "
     "Ella' instead of 'Ellie'. Order form was handwritten.", "refund", (25, 45),
     "Handwritten order form misread", "Read the inscription back to the customer when ordering."),
    ("Bakery", "low", "Sourdough sold out by 10am", "Regular asked us to hold a loaf.", "none",
     (0, 0), "", "Offer to reserve loaves for regulars by phone."),
    ("Billing", "medium", "Charged twice on card", "Card reader timed out and the payment was "
     "taken again.", "refund", (3, 12), "Card reader timeout", "Check the terminal receipt "
     "before retrying a payment."),
    ("Cleanliness", "medium", "Tables sticky at lunchtime", "Customer had to ask for a cloth.",
     "gift", (2, 4), "", "Table wipe-down round every 20 minutes at lunch."),
    ("Booking", "medium", "Table booking for 8 not recorded", "Group of eight arrived for a "
     "booked brunch; no booking in the diary.", "credit", (15, 30), "Phone booking not written "
     "in the diary", "All bookings go straight into the diary, never on scraps of paper."),
]
COMPLIMENTS = [
    ("Service", "Lovely welcome from {staff}", "Said {staff} remembered her order and asked "
     "after her mother."),
    ("Bakery", "Best cinnamon buns in town", "Came back for a second one and told us so."),
    ("Custom cakes", "Wedding cake was perfect", "Thank-you card left for {staff} and the "
     "bakery team."),
    ("Coffee", "Oat latte done just right", "Asked which beans we use."),
    ("Service", "{staff} went out of their way", "{staff} walked an umbrella out to the car "
     "for an elderly customer."),
]
QUESTIONS = [
    ("Allergens", "Are the brownies gluten-free?", "Explained they are made with almond flour."),
    ("Opening hours", "Open on bank holiday Monday?", "Yes, 9 to 3."),
    ("Custom cakes", "How far ahead to order a cake?", "Five days for a custom design."),
    ("Bakery", "Do you sell day-old bread?", "Yes, half price after 3pm."),
]
REQUESTS = [
    ("Bakery", "Hold two sourdough loaves on Saturdays", "Standing order, collect by 11."),
    ("Service", "High chair for a large group", "Booked for Sunday brunch."),
    ("Custom cakes", "Vegan birthday cake for 20", "Chocolate, collect Friday."),
    ("Menu", "Add a dairy-free soup option", "Passed to the kitchen."),
]


def demo_customers(rng: random.Random, count: int) -> list[dict]:
    people = []
    for i in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        person = {"name": f"{first} {last}"}
        if rng.random() < 0.6:
            handle = f"{first}.{last}".lower().replace("'", "").replace(" ", "")
            person["email"] = f"{handle}{i}@example.com"
        if rng.random() < 0.5:
            person["phone"] = f"07700 9{rng.randint(10000, 99999)}"
        if rng.random() < 0.5:
            person["address"] = (f"{rng.randint(1, 120)} {rng.choice(STREETS)}\n"
                                 f"Hebden Bridge\nHX7 {rng.randint(1, 9)}{rng.choice('ABDEFG')}"
                                 f"{rng.choice('HJLNPQ')}")
        people.append(person)
    return people


def demo_cases(count: int = 320, seed: int = 7) -> list[tuple[dict, dict]]:
    """(case fields, customer fields) pairs over the last six months, oldest first."""
    rng = random.Random(seed)
    people = demo_customers(rng, 140)
    end = now()
    out = []
    for _ in range(count):
        when = end - timedelta(days=rng.uniform(0, 182), hours=rng.uniform(0, 6))
        when = when.replace(hour=rng.randint(7, 17), minute=rng.randint(0, 59), second=0)
        if when > end:
            when -= timedelta(days=1)
        staff = rng.choice(STAFF)
        roll = rng.random()
        case = {"occurred_at": iso(when), "staff": staff,
                "channel": rng.choice(["in_person"] * 6 + ["phone"] * 2 + ["email", "web",
                                                                           "social", "letter"])}
        if roll < 0.42:
            (category, severity, summary, details, remedy, (lo, hi), root_cause,
             lesson) = rng.choice(COMPLAINTS)
            case.update(kind="complaint", category=category, severity=severity, summary=summary,
                        details=details)
            age_days = (end - when).days
            ack = when + timedelta(hours=rng.choice([0.2, 1, 3, 8, 20, 30, 52]))
            if ack < end and rng.random() < 0.95:
                case["acknowledged_at"] = iso(ack)
            closed = age_days > 10 or rng.random() < 0.5
            if closed and "acknowledged_at" in case:
                resolved = ack + timedelta(days=rng.choice([0.1, 0.5, 1, 2, 4, 6, 9, 14]))
                if resolved < end:
                    case["resolved_at"] = iso(resolved)
                    case["status"] = rng.choice(["resolved", "closed", "closed"])
                    case["remedy"] = remedy
                    if hi:
                        case["remedy_cost"] = f"{rng.uniform(lo, hi):.2f}"
                    case["root_cause"] = root_cause
                    case["lesson"] = lesson if rng.random() < 0.6 else ""
                    case["satisfaction"] = str(rng.choice([2, 3, 4, 4, 5, 5]))
                    case["customer_returned"] = rng.choice(["yes", "yes", "no", "unknown"])
            if "status" not in case:
                case["status"] = "in_progress" if "acknowledged_at" in case else "open"
        elif roll < 0.7:
            category, summary, details = rng.choice(COMPLIMENTS)
            case.update(kind="compliment", category=category, severity="low",
                        summary=summary.format(staff=staff), details=details.format(staff=staff),
                        status="closed", resolved_at=iso(when + timedelta(minutes=5)))
        else:
            kind = "question" if roll < 0.85 else "request"
            category, summary, details = rng.choice(QUESTIONS if kind == "question" else REQUESTS)
            done = (end - when).days > 3 or rng.random() < 0.6
            case.update(kind=kind, category=category, severity="low", summary=summary,
                        details=details, status="resolved" if done else "open")
            if done:
                case["resolved_at"] = iso(when + timedelta(hours=rng.choice([0.1, 2, 24])))
        out.append((case, rng.choice(people)))
    out.sort(key=lambda pair: pair[0]["occurred_at"])
    return out


def load_demo(store, count: int = 320) -> int:
    """Fill an empty database with demo cases; refuses when it already has cases."""
    if store.case_list.total():
        raise Invalid(f"{store.path} already has {store.case_list.total()} cases; demo data only "
                         "goes into an empty database")
    if not store.profile.get().name:
        # A café in Hebden Bridge: an English-speaking owner gets it as it is, in en_GB with
        # pounds and A4. Anyone else keeps the window in their language, and the money and
        # paper of their own region, so the letters and the report agree with themselves.
        locale = store.profile.get().locale
        if language_of(locale) == "en":
            locale = "en_GB"
        currency, paper = regional_defaults(locale)
        store.profile.update(**PROFILE, locale=locale, currency=currency, paper=paper)
    profile = store.profile.get()
    pairs = demo_cases(count)
    prepared = [(store.cases.clean(case), store.customers.clean(customer))
                for case, customer in pairs]
    with store.transaction() as conn:
        for values, customer in prepared:
            match = store.customers.match(customer["name"], customer.get("email", ""),
                                          customer.get("phone", ""))
            customer_id = match.id if match else store.customers.insert(conn, customer)
            store.cases.insert(conn, values, customer_id, profile, by="demo")
    return len(prepared)

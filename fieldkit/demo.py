"""Synthetic but realistic data, for trying the app and for benchmarks.

Same seed, same data: ids, dates and timestamps all come from the seeded
generator, never from the clock or ``uuid4``.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from fieldkit import store
from fieldkit.storage.database import Database

FEMALE = [
    "Aynur",
    "Səbinə",
    "Günel",
    "Leyla",
    "Nərmin",
    "Aygün",
    "Sevinc",
    "Gülnarə",
    "Ülviyyə",
    "Şəbnəm",
    "Xədicə",
    "Zəhra",
    "İlahə",
    "Könül",
    "Rəna",
    "Nigar",
    "Fidan",
    "Türkan",
]
MALE = [
    "Elşən",
    "Rəşad",
    "Tural",
    "Orxan",
    "Vüqar",
    "İlqar",
    "Səbuhi",
    "Nicat",
    "Əli",
    "Ramil",
    "Kamran",
    "Fərid",
    "Şahin",
    "Elnur",
    "Cavid",
    "Mübariz",
    "Ağabəy",
    "Ülvi",
]
SURNAMES = [
    "Məmmədov",
    "Əliyev",
    "Hüseynov",
    "Həsənov",
    "Quliyev",
    "İsmayılov",
    "Abdullayev",
    "Cəfərov",
    "Rəhimov",
    "Süleymanov",
    "Nağıyev",
    "Qasımov",
    "Babayev",
    "Şükürov",
    "Orucov",
    "İbrahimov",
    "Kərimov",
    "Zeynalov",
    "Vəliyev",
    "Bağırov",
]
# Conflict-affected districts and plausible villages in each.
VILLAGES = {
    "AZ-LAC": ["Zabux", "Sus", "Mirik", "Qarıqışlaq", "Ağbulaq"],
    "AZ-KAL": ["Zar", "Başlıbel", "Çərəkdar", "Yanşaq", "Qılınclı"],
    "AZ-ZAN": ["Ağalı", "Mincivan", "Bartaz", "Şərifan", "Rəzdərə"],
    "AZ-QBI": ["Xanlıq", "Muradxanlı", "Əliquluuşağı", "Dəmirçilər"],
    "AZ-CAB": ["Soltanlı", "Şıxlar", "Horovlu", "Mehdili", "Cocuq Mərcanlı"],
    "AZ-FUZ": ["Alxanlı", "Qaraxanbəyli", "Horadiz", "Dövlətyarlı", "Aşağı Veysəlli"],
    "AZ-AGM": ["Xıdırlı", "Quzanlı", "Əhmədağalı", "Qiyaslı", "Sarıcalı"],
    "AZ-SUS": ["Daşaltı", "Turşsu", "Malıbəyli", "Xəlfəli"],
    "AZ-TAR": ["Talış", "Şıxarx", "Hasanqaya", "Qapanlı", "Sarov"],
    "AZ-BAR": ["Qaradağlı", "Alaqarğa", "Mehdiabad", "Şatırlı"],
}
DISTRICTS = list(VILLAGES)
PROGRAMMES = [
    "Livelihoods for returnees 2025",
    "Mine survivors' economic inclusion",
    "Green villages",
]
VALUES = {
    "beekeeping": (900, 2200),
    "poultry": (400, 1200),
    "smart_gardening": (800, 1800),
    "micro_economic": (1500, 5000),
    "cash_grant": (200, 800),
    "business_training": (0, 300),
    "equipment": (1000, 3500),
}
ITEMS = {
    "beekeeping": "Beehives with colonies, protective suit",
    "poultry": "Laying hens, feed",
    "smart_gardening": "Drip irrigation kit, seedlings",
    "micro_economic": "Start-up grant",
    "cash_grant": "Multipurpose cash",
    "business_training": "Five-day course",
    "equipment": "Sewing machine / tools",
}
SHARES = {
    "person": 0.35,
    "home_visit": 0.30,
    "awareness_session": 0.15,
    "livelihood_assistance": 0.20,
}


class Demo:
    def __init__(self, seed: int | str, today: date) -> None:
        self.rng = random.Random(seed)
        # Its own stream, so that adding the consent scope left every other
        # demo value as it was.
        self.scopes = random.Random(f"{seed}/consent-scope")
        self.today = today
        self.start = today - timedelta(days=730)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, start: date | None = None, rng: random.Random | None = None) -> date:
        start = start or self.start
        span = max((self.today - start).days, 0)
        return start + timedelta(days=(rng or self.rng).randint(0, span))

    def pick_some(self, codes: list[str], most: int) -> str | None:
        n = self.rng.choice([0, 1, 1, 2, most])
        return (
            ";".join(sorted(set(self.rng.sample(codes, min(n, len(codes)))), key=codes.index))
            or None
        )

    def staff(self, n: int) -> list[dict[str, Any]]:
        out = []
        for i in range(n):
            female = i % 3 != 0
            first = self.rng.choice(FEMALE if female else MALE)
            last = self.rng.choice(SURNAMES) + ("a" if female else "")
            out.append(
                {
                    "full_name": f"{first} {last}",
                    "role": "facilitator" if i % 4 == 0 else "volunteer",
                    "phone": f"+994 50 {self.rng.randint(200, 999)} {self.rng.randint(10, 99)} {self.rng.randint(10, 99)}",
                    "district": DISTRICTS[i % len(DISTRICTS)],
                }
            )
        return out

    def villages(self) -> list[dict[str, Any]]:
        return [{"name": v, "district": d} for d, names in VILLAGES.items() for v in names]

    def person(self, villages: list[tuple[str, str]]) -> dict[str, Any]:
        rng = self.rng
        female = rng.random() < 0.55
        first = rng.choice(FEMALE if female else MALE)
        last = rng.choice(SURNAMES) + ("a" if female else "")
        village_id, district = rng.choice(villages)
        # One in 25 agreed to be recorded here only. (A person who does not agree
        # is not recorded at all; the draw stays, so every other value is as it was.)
        shared = rng.random() < 0.96
        vul = [
            "missing_family",
            "mine_survivor",
            "mine_victim_family",
            "female_headed",
            "elderly_alone",
            "chronic_illness",
        ]
        return {
            "full_name": f"{first} {last}",
            "sex": "female" if female else "male",
            "birth_year": rng.randint(1940, 2006),
            "phone": f"+994 {rng.choice(['50', '51', '55', '70', '77'])} {rng.randint(200, 999)} "
            f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
            if rng.random() < 0.8
            else None,
            "district": district,
            "village_id": village_id,
            "displacement": rng.choices(["idp", "returnee", "host", "resident"], [4, 4, 1, 1])[0],
            "disability": rng.random() < 0.12,
            "household_size": rng.randint(1, 9),
            "vulnerability": self.pick_some(vul, 3),
            "consent_given": True,
            "consent_date": self.day() if shared else self.day(rng=self.scopes),
            "consent_scope": self.scopes.choices(["record", "hq", "partners"], [1, 4, 15])[0]
            if shared
            else "record",
        }

    def visit(self, person_id: str, staff_id: str) -> dict[str, Any]:
        rng = self.rng
        when = self.day()
        purpose = rng.choices(
            [
                "missing_accompaniment",
                "psychosocial",
                "livelihood_followup",
                "needs_assessment",
                "funeral_accompaniment",
            ],
            [3, 4, 3, 3, 1],
        )[0]
        needs = [
            "psychosocial",
            "health",
            "rehabilitation",
            "legal",
            "shelter",
            "food",
            "livelihood",
            "education",
            "information_missing",
        ]
        refs = [
            "health",
            "rehabilitation",
            "psychosocial",
            "legal",
            "social_protection",
            "livelihood",
            "anama",
            "icrc",
        ]
        due = when + timedelta(days=rng.choice([14, 30, 60])) if rng.random() < 0.5 else None
        return {
            "person_id": person_id,
            "visit_date": when,
            "visitor_id": staff_id,
            "purpose": purpose,
            "needs": self.pick_some(needs, 3),
            "referrals": self.pick_some(refs, 2),
            "follow_up_due": due,
            "notes": rng.choice(
                [
                    None,
                    None,
                    "Family asked about the search for their son.",
                    "Ailə oğlunun axtarışı barədə soruşdu.",
                    "Needs a follow-up with the doctor.",
                ]
            ),
        }

    def session(self, village: tuple[str, str], staff_id: str) -> dict[str, Any]:
        rng = self.rng
        audience = rng.choices(
            [
                "community",
                "school",
                "returnees",
                "farmers",
                "herders",
                "scrap_collectors",
                "women_group",
            ],
            [4, 4, 3, 2, 1, 1, 1],
        )[0]
        school = audience == "school"
        girls, boys = (
            (rng.randint(5, 30), rng.randint(5, 30))
            if school
            else (rng.randint(0, 5), rng.randint(0, 5))
        )
        women = 0 if audience in ("school", "herders", "scrap_collectors") else rng.randint(2, 25)
        men = 0 if audience in ("school", "women_group") else rng.randint(2, 25)
        if girls + boys + women + men == 0:
            men = 3
        hazard = rng.random() < 0.05
        gps = rng.random() < 0.6
        return {
            "session_date": self.day(),
            "district": village[1],
            "village_id": village[0],
            "latitude": round(rng.uniform(39.2, 40.3), 5) if gps else None,
            "longitude": round(rng.uniform(46.3, 47.6), 5) if gps else None,
            "facilitator_id": staff_id,
            "audience": audience,
            "girls": girls,
            "boys": boys,
            "women": women,
            "men": men,
            "with_disability": rng.randint(0, 2),
            "materials": self.pick_some(
                ["leaflets", "posters", "booklets", "school_kits", "video"], 3
            ),
            "hazards_reported": hazard,
            "hazard_description": "Unexploded shell seen near the old school" if hazard else None,
            "hazard_location": "Field east of the village" if hazard else None,
        }

    def assistance(self, person_id: str) -> dict[str, Any]:
        rng = self.rng
        kind = rng.choice(list(VALUES))
        low, high = VALUES[kind]
        status = rng.choices(["planned", "delivered", "followed_up"], [1, 3, 2])[0]
        return {
            "person_id": person_id,
            "assistance_type": kind,
            "items": ITEMS[kind],
            "quantity": rng.randint(1, 20),
            "value": Decimal(rng.randint(low, high)),
            "currency": "AZN",
            "programme": rng.choice(PROGRAMMES),
            "status": status,
            "delivery_date": None if status == "planned" else self.day(),
            "follow_up_outcome": rng.choice(["thriving", "running", "struggling", "stopped"])
            if status == "followed_up"
            else None,
        }


def fill(
    db: Database,
    records: int,
    seed: int = 1,
    *,
    today: date | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Add about *records* field records (plus staff and villages) in one transaction."""
    from fieldkit import query

    # Same seed, same data in a new database; a second run into the same one
    # continues the sequence instead of repeating its ids.
    existing = query.count(db, "person", query.Filter(include_deleted=True))
    demo = Demo(seed if existing == 0 else f"{seed}/{existing}", today or date.today())
    # Recorded on this laptop, as a volunteer's own records are (their addresses
    # do not depend on the device: the same seed gives the same revisions anywhere).
    device = db.device_id
    when = datetime.combine(demo.today, datetime.min.time(), tzinfo=UTC)
    n = {k: int(records * share) for k, share in SHARES.items()}
    n["person"] = max(n["person"], 1) + records - sum(n.values())
    made: dict[str, int] = {}

    def add(conn: Any, type_name: str, rows: list[dict[str, Any]]) -> list[str]:
        ids = [demo.uid() for _ in rows]
        store.bulk_create(db, type_name, rows, device_id=device, when=when, ids=ids, conn=conn)
        made[type_name] = made.get(type_name, 0) + len(rows)
        if progress:
            progress(type_name, made[type_name])
        return ids

    chunk = 5000
    with db.transaction() as conn:
        staff_ids = add(conn, "staff", demo.staff(20))
        vrows = demo.villages()
        village_ids = add(conn, "village", vrows)
        villages = [(vid, v["district"]) for vid, v in zip(village_ids, vrows, strict=True)]
        people: list[str] = []
        for i in range(0, n["person"], chunk):
            people += add(
                conn, "person", [demo.person(villages) for _ in range(min(chunk, n["person"] - i))]
            )
        makers: dict[str, Callable[[], dict[str, Any]]] = {
            "home_visit": lambda: demo.visit(demo.rng.choice(people), demo.rng.choice(staff_ids)),
            "awareness_session": lambda: demo.session(
                demo.rng.choice(villages), demo.rng.choice(staff_ids)
            ),
            "livelihood_assistance": lambda: demo.assistance(demo.rng.choice(people)),
        }
        for type_name, make in makers.items():
            for i in range(0, n[type_name], chunk):
                add(conn, type_name, [make() for _ in range(min(chunk, n[type_name] - i))])
    return made

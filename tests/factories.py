"""Valid records of every type, made through the core API like a user would."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

from fieldkit import store

FIELD_WORK = ("person", "home_visit", "awareness_session", "livelihood_assistance")
ALL_TYPES = ("village", "staff", "choice_item", *FIELD_WORK)


class Factory:
    def __init__(self, db: Any) -> None:
        self.db = db
        self._staff: str | None = None
        self._village: str | None = None
        self._person: str | None = None

    def staff_id(self) -> str:
        if self._staff is None:
            self._staff = self.create("staff")["id"]
        return self._staff

    def village_id(self) -> str:
        if self._village is None:
            self._village = self.create("village")["id"]
        return self._village

    def person_id(self) -> str:
        if self._person is None:
            self._person = self.create("person")["id"]
        return self._person

    def values(self, type_name: str) -> dict[str, Any]:
        """Valid content, and an edit of one field for each type."""
        if type_name == "village":
            return {"name": "Zabux", "district": "AZ-LAC", "latitude": 39.5, "longitude": 46.6}
        if type_name == "staff":
            return {"full_name": "Aynur Məmmədova", "role": "volunteer", "district": "AZ-LAC"}
        if type_name == "choice_item":
            return {
                "list_name": "programme",
                "code": "green",
                "label": "Green villages",
                "label_az": "Yaşıl kəndlər",
            }
        if type_name == "person":
            return {
                "full_name": "Səbinə İsmayılova",
                "sex": "female",
                "birth_year": 1984,
                "district": "AZ-LAC",
                "village_id": self.village_id(),
                "displacement": "returnee",
                "vulnerability": "missing_family;female_headed",
                "consent_given": True,
                "consent_date": date(2025, 3, 12),
                "household_size": 5,
            }
        if type_name == "home_visit":
            return {
                "person_id": self.person_id(),
                "visit_date": date(2025, 4, 2),
                "visitor_id": self.staff_id(),
                "purpose": "psychosocial",
                "needs": "psychosocial;legal",
                "follow_up_due": date(2025, 5, 2),
            }
        if type_name == "awareness_session":
            return {
                "session_date": date(2025, 4, 10),
                "district": "AZ-LAC",
                "village_id": self.village_id(),
                "facilitator_id": self.staff_id(),
                "audience": "school",
                "girls": 12,
                "boys": 15,
                "women": 2,
                "men": 1,
                "materials": "leaflets",
            }
        if type_name == "livelihood_assistance":
            return {
                "person_id": self.person_id(),
                "assistance_type": "beekeeping",
                "items": "Beehives",
                "quantity": 5,
                "value": "1250.50",
                "currency": "AZN",
                "status": "delivered",
                "delivery_date": date(2025, 5, 20),
            }
        raise KeyError(type_name)

    EDITS: ClassVar[dict[str, dict[str, Any]]] = {
        "village": {"name": "Zabux kəndi"},
        "staff": {"role": "coordinator"},
        "choice_item": {"label": "Green villages programme"},
        "person": {"phone": "+994 50 123 45 67"},
        "home_visit": {"notes": "Asked about the search for their son."},
        "awareness_session": {"men": 4},
        "livelihood_assistance": {"status": "followed_up", "follow_up_outcome": "thriving"},
    }

    def create(self, type_name: str, **overrides: Any) -> dict[str, Any]:
        return store.create(self.db, type_name, self.values(type_name) | overrides)

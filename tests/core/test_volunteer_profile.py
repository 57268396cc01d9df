"""The volunteer's profile makes them a staff member, once, and keeps it current."""

from __future__ import annotations

from typing import Any

from fieldkit import profile, query, store

PROFILE = {"volunteer_name": "Aynur Məmmədova", "device_name": "Laçın 2", "district": "AZ-LAC"}


def staff(db: Any) -> list[tuple[str, str, str | None]]:
    return [(s["full_name"], s["role"], s["district"]) for s in query.search(db, "staff")]


def test_the_profile_makes_one_staff_member_and_renames_it(db: Any) -> None:
    assert profile.needs_first_run(db)
    change = profile.save(db, PROFILE)
    assert change is not None and change.action == "created"
    assert staff(db) == [("Aynur Məmmədova", "volunteer", "AZ-LAC")]
    assert not profile.needs_first_run(db) and db.setting("device_name") == "Laçın 2"
    assert profile.save(db, PROFILE) is None  # saved again unchanged: nothing new
    renamed = profile.save(db, PROFILE | {"volunteer_name": "Aynur Əliyeva"})
    assert renamed is not None and renamed.action == "updated"
    assert staff(db) == [("Aynur Əliyeva", "volunteer", "AZ-LAC")]


def test_new_records_start_with_the_volunteer_and_their_district(db: Any) -> None:
    assert profile.defaults(db) == {}
    profile.save(db, PROFILE)
    assert profile.defaults(db) == {"staff": db.setting("staff_id"), "district": "AZ-LAC"}


def test_a_deleted_staff_record_is_replaced_not_offered(db: Any) -> None:
    profile.save(db, PROFILE)
    store.delete(db, "staff", db.setting("staff_id"))
    assert "staff" not in profile.defaults(db)
    profile.save(db, PROFILE)
    assert staff(db) == [("Aynur Məmmədova", "volunteer", "AZ-LAC")]
    assert profile.defaults(db)["staff"] == db.setting("staff_id")

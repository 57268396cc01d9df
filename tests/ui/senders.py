"""Volunteers' laptops that send HQ a bundle: each its own device with its own key,
the bundle made by the real export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit.sync import bundle, keys, transfer
from fieldkit.workspace import open_database
from tests.databases import copy_db, own_device
from tests.factories import Factory


@dataclass
class Sent:
    file: Path
    fingerprint: str
    device_id: str
    name: str
    family: str


def volunteer(
    template_db: Path, folder: Path, name: str, family: str, n: int = 1, suffix: str = ".fkb"
) -> Sent:
    """A volunteer's laptop (its own device, its own key) sending one family in a
    bundle, made by the real export; *n* numbers a later bundle from the same laptop."""
    path = folder / f"{name}.db"
    if not path.exists():
        copy_db(template_db, path)
        own_device(path)  # each laptop is its own device (copies share one id)
    with open_database(path) as db:
        db.set_setting("device_name", name)
        Factory(db).create("person", full_name=family, village_id=None)
        out = transfer.export(db, folder / f"{name}-{n}{suffix}").path
        return Sent(out, bundle.fingerprint(keys.public_key(db)), db.device_id, name, family)

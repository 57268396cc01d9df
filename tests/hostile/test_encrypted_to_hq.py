"""The default export for HQ: a bundle encrypted to HQ's exchange key (issue 13),
through the real command line. A laptop that joined HQ learns HQ's key from HQ's
signed bundles; its bundles are then readable by HQ alone, with no password
to pass around. Another laptop, or someone who finds the stick, can open nothing;
a bundle altered on the way is refused in one line; a plain workbook says it is
not encrypted."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from fieldkit import query
from fieldkit.sync import bundle, keys
from fieldkit.workspace import open_database
from tests.factories import Factory
from tests.hostile import test_join
from tests.hostile.test_join import Fleet, count, digest, fieldkit, joined_laptop, machine, refused

fleet = test_join.fleet  # HQ with reference data, and its join bundle

FAMILY = "Ülviyyə Qasımova"


def a_family(laptop: Path) -> str:
    with open_database(laptop) as db:
        Factory(db).create("person", full_name=FAMILY, village_id=None)
        return bundle.fingerprint(keys.public_key(db))


def test_a_joined_laptops_bundle_is_encrypted_to_hq_and_opens_at_hq_alone(
    template_db: Path, fleet: Fleet
) -> None:
    laptop = joined_laptop(template_db, fleet)
    with open_database(fleet.hq) as db:
        hq_exchange = keys.exchange_public(db)
    with open_database(laptop) as db:
        assert keys.hq_exchange(db) == hq_exchange  # learned from the join bundle
    sender = a_family(laptop)
    out = fleet.folder / "for-hq.fkb"
    run = fieldkit("--db", laptop, "export", out)
    assert run.code == 0, run.err
    assert f"encrypted to HQ's key ({bundle.fingerprint(hq_exchange)}): only HQ can open it" in (
        run.out
    )
    with zipfile.ZipFile(out) as z:
        assert sorted(z.namelist()) == ["manifest.json", "manifest.sig", "payload.bin"]
        manifest = json.loads(z.read("manifest.json"))
        assert manifest["encryption"]["kdf"] == bundle.AGREED
        assert manifest["encryption"]["recipient"] == hq_exchange
        assert FAMILY.encode() not in b"".join(z.read(n) for n in z.namelist())

    # Another HQ, told to take this volunteer, cannot open it: nothing changes there.
    other = machine(template_db, fleet.folder / "other-hq.db", "HQ Gəncə")
    before = digest(other)
    line = refused(fieldkit("--db", other, "import", out, "--enrol", sender), "for-hq.fkb")
    assert "is encrypted to another machine's key" in line and "only that machine (HQ)" in line
    assert digest(other) == before

    # HQ opens it with no password, and has the family.
    run = fieldkit("--db", fleet.hq, "import", out, "--enrol", sender)
    assert run.code == 0, run.err
    with open_database(fleet.hq) as db:
        assert FAMILY in [p["full_name"] for p in query.search(db, "person")]


def test_a_bundle_for_hq_altered_on_the_way_is_refused_and_changes_nothing(
    template_db: Path, fleet: Fleet
) -> None:
    laptop = joined_laptop(template_db, fleet)
    sender = a_family(laptop)
    out = fleet.folder / "for-hq.fkb"
    assert fieldkit("--db", laptop, "export", out).code == 0
    with zipfile.ZipFile(out) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    before = digest(fleet.hq)
    people = count(fleet.hq, "person")

    def rewritten(name: str, **changed: bytes) -> Path:
        target = fleet.folder / name
        with zipfile.ZipFile(target, "w") as z:
            for n, data in (parts | changed).items():
                z.writestr(n, data)
        return target

    payload = bytearray(parts["payload.bin"])
    payload[len(payload) // 2] ^= 0x01
    flipped = rewritten("flipped.fkb", **{"payload.bin": bytes(payload)})
    line = refused(fieldkit("--db", fleet.hq, "import", flipped, "--enrol", sender), "flipped")
    assert "the encrypted payload is damaged" in line

    # Another ephemeral key in the manifest: its signature no longer holds.
    manifest = json.loads(parts["manifest.json"])
    manifest["encryption"]["ephemeral"] = bundle.exchange_public(bundle.new_exchange_key())
    forged = rewritten(
        "forged.fkb", **{"manifest.json": json.dumps(manifest, sort_keys=True).encode()}
    )
    line = refused(fieldkit("--db", fleet.hq, "import", forged, "--enrol", sender), "forged")
    assert "bad signature" in line
    assert digest(fleet.hq) == before and count(fleet.hq, "person") == people


def test_every_export_says_what_protects_it(template_db: Path, fleet: Fleet) -> None:
    laptop = joined_laptop(template_db, fleet)
    a_family(laptop)
    plain = fieldkit("--db", laptop, "export", fleet.folder / "plain.xlsx")
    assert "not encrypted: anyone with this file can read every name in it" in plain.out
    # A laptop that has not joined HQ has no key to encrypt to: it says so.
    with open_database(laptop) as db:
        keys.forget_hq(db)
    loose = fieldkit("--db", laptop, "export", fleet.folder / "loose.fkb")
    assert loose.code == 0, loose.err
    assert "not encrypted: signed, but anyone with the file can read it; join HQ" in loose.out
    with zipfile.ZipFile(fleet.folder / "loose.fkb") as z:
        assert json.loads(z.read("manifest.json"))["encryption"] is None

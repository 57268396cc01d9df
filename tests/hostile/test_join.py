"""Joining HQ, bundle kinds and revocations from HQ (issue 12, cases 4 and 5), each
through the real command line (``fieldkit.cli.main.main``): a laptop joins only the
HQ whose fingerprint it was read out; from then on an HQ bundle is accepted only
signed by that HQ and only carrying what its kind carries; another volunteer's
bundle is refused; a key revoked at HQ is refused on the laptop from its next HQ
bundle on. Every refusal is one line naming the file, the database byte-identical.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldkit import accounts, query
from fieldkit.cli.main import main
from fieldkit.storage import keyfile
from fieldkit.sync import bundle, keys, transfer
from fieldkit.sync.workbook import export_workbook
from fieldkit.workspace import open_database
from tests.conftest import PASSPHRASE, PASSPHRASE_FILE
from tests.databases import copy_db, own_device
from tests.factories import Factory


@dataclass
class Run:
    code: int
    out: str
    err: str


def fieldkit(*args: str | Path) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return Run(code, out.getvalue(), err.getvalue())


def refused(run: Run, name: str) -> str:
    lines = run.err.strip().splitlines()
    assert run.code == 1 and len(lines) == 1, run.err
    assert name in lines[0] and "Traceback" not in run.err, lines[0]
    return lines[0]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def machine(template_db: Path, path: Path, name: str) -> Path:
    """A machine of its own (its own device id and key), named *name*."""
    own_device(copy_db(template_db, path))
    with open_database(path) as db:
        db.set_setting("device_name", name)
        keys.private_key(db)
    return path


@dataclass
class Fleet:
    folder: Path
    hq: Path
    join_file: Path
    fingerprint: str  # HQ's, as its coordinator reads it out
    said: str = ""  # what HQ's last command printed


@pytest.fixture
def fleet(template_db: Path, tmp_path: Path) -> Fleet:
    """HQ with reference data and one family with a visit; its join bundle."""
    hq = machine(template_db, tmp_path / "hq.db", "HQ Bakı")
    with open_database(hq) as db:
        make = Factory(db)
        make.create("village", name="Zabux", district="AZ-LAC")
        make.create("staff", full_name="Aynur Məmmədova", district="AZ-LAC")
        make.create("home_visit")  # and its family: field work, never in a join bundle
    run = fieldkit("--db", hq, "hq", "join-bundle", tmp_path / "join.fkb")
    assert run.code == 0, run.err
    with open_database(hq) as db:
        fp = bundle.fingerprint(keys.public_key(db))
    assert f"HQ's key fingerprint: {fp}" in run.out
    return Fleet(tmp_path, hq, tmp_path / "join.fkb", fp)


def joined_laptop(template_db: Path, fleet: Fleet, name: str = "laptop") -> Path:
    laptop = machine(template_db, fleet.folder / f"{name}.db", f"Laçın noutbuk {name}")
    run = fieldkit("--db", laptop, "join", fleet.join_file, "--fingerprint", fleet.fingerprint)
    assert run.code == 0, run.err
    return laptop


def count(path: Path, type_name: str) -> int:
    with open_database(path) as db:
        return query.count(db, type_name)


def test_a_laptop_joins_hq_with_the_fingerprint_read_out(template_db: Path, fleet: Fleet) -> None:
    laptop = machine(template_db, fleet.folder / "laptop.db", "Laçın noutbuk 1")
    typed = fleet.fingerprint.lower().replace(" ", "")  # as a person types it
    run = fieldkit("--db", laptop, "join", fleet.join_file, "--fingerprint", typed)
    assert run.code == 0, run.err
    assert f"joined HQ HQ Bakı ({fleet.fingerprint})" in run.out
    # The reference data came, no family and no visit.
    for reference in ("village", "staff"):
        assert count(laptop, reference) == count(fleet.hq, reference) > 0
    assert count(laptop, "person") == 0 and count(laptop, "home_visit") == 0
    with open_database(laptop) as db:
        hq = keys.hq(db)
        assert hq is not None and hq.fingerprint == fleet.fingerprint
        assert keys.enrolled(db) == []  # HQ is HQ, not a sender enrolled here
    listed = fieldkit("--db", laptop, "keys", "list")
    assert f"HQ: HQ Bakı ({fleet.fingerprint}), joined " in listed.out
    # An assignment from that HQ now imports: its families come.
    assignment = fleet.folder / "lachin.fkb"
    assert fieldkit("--db", fleet.hq, "export", assignment, "--for-district", "AZ-LAC").code == 0
    run = fieldkit("--db", laptop, "import", assignment)
    assert run.code == 0, run.err
    assert count(laptop, "person") == 1 and count(laptop, "home_visit") == 0


def test_a_wrong_fingerprint_changes_nothing(template_db: Path, fleet: Fleet) -> None:
    laptop = machine(template_db, fleet.folder / "laptop.db", "Laçın noutbuk 1")
    before = digest(laptop)
    wrong = bundle.fingerprint(bundle.public_key(bundle.new_private_key()))
    line = refused(
        fieldkit("--db", laptop, "join", fleet.join_file, "--fingerprint", wrong), "join.fkb"
    )
    assert fleet.fingerprint in line and wrong in line and "nothing was changed" in line
    # Without a fingerprint: the one to compare is printed, nothing done.
    line = refused(fieldkit("--db", laptop, "join", fleet.join_file), "join.fkb")
    assert f'--fingerprint "{fleet.fingerprint}"' in line
    assert digest(laptop) == before
    assert "HQ: not joined" in fieldkit("--db", laptop, "keys", "list").out


def test_a_second_hq_is_refused(template_db: Path, fleet: Fleet) -> None:
    laptop = joined_laptop(template_db, fleet)
    other = machine(template_db, fleet.folder / "other-hq.db", "HQ Gəncə")
    assert fieldkit("--db", other, "hq", "join-bundle", fleet.folder / "other.fkb").code == 0
    with open_database(other) as db:
        fp = bundle.fingerprint(keys.public_key(db))
    before = digest(laptop)
    line = refused(
        fieldkit("--db", laptop, "join", fleet.folder / "other.fkb", "--fingerprint", fp),
        "other.fkb",
    )
    assert "a laptop answers to one HQ" in line and "--db NEW.db" in line
    assert digest(laptop) == before
    # Its join bundle imported as any file: refused too (not signed by this laptop's HQ).
    line = refused(fieldkit("--db", laptop, "import", fleet.folder / "other.fkb"), "other.fkb")
    assert "not signed by the HQ this laptop joined" in line
    # The same HQ again refreshes its reference data.
    again = fieldkit("--db", laptop, "join", fleet.join_file, "--fingerprint", fleet.fingerprint)
    assert again.code == 0 and "already joined HQ HQ Bakı" in again.out


def test_a_fake_hq_assignment_is_refused(template_db: Path, fleet: Fleet) -> None:
    laptop = joined_laptop(template_db, fleet)
    thief = machine(template_db, fleet.folder / "thief.db", "HQ Bakı")  # HQ's name, not its key
    with open_database(thief) as db:
        Factory(db).create("person", full_name="Saxta Ailə", district="AZ-LAC")
    fake = fleet.folder / "fake.fkb"
    assert fieldkit("--db", thief, "export", fake, "--for-district", "AZ-LAC").code == 0
    with open_database(thief) as db:
        fp = bundle.fingerprint(keys.public_key(db))
    before = digest(laptop)
    line = refused(fieldkit("--db", laptop, "import", fake, "--enrol", fp), "fake.fkb")
    assert "not signed by the HQ this laptop joined (HQ Bakı, " in line
    assert digest(laptop) == before and count(laptop, "person") == 0


def test_an_assignment_on_a_laptop_that_never_joined_is_refused(
    template_db: Path, fleet: Fleet
) -> None:
    laptop = machine(template_db, fleet.folder / "laptop.db", "Laçın noutbuk 1")
    assignment = fleet.folder / "lachin.fkb"
    assert fieldkit("--db", fleet.hq, "export", assignment, "--for-district", "AZ-LAC").code == 0
    before = digest(laptop)
    line = refused(fieldkit("--db", laptop, "import", assignment), "lachin.fkb")
    assert "join HQ first: fieldkit join" in line
    # HQ's join bundle is joined with, not imported.
    line = refused(fieldkit("--db", laptop, "import", fleet.join_file), "join.fkb")
    assert "fieldkit join join.fkb" in line and fleet.fingerprint in line
    assert digest(laptop) == before


def test_another_volunteers_bundle_is_refused_on_a_laptop(template_db: Path, fleet: Fleet) -> None:
    laptop = joined_laptop(template_db, fleet)
    other = machine(template_db, fleet.folder / "other.db", "Füzuli noutbuk 3")
    with open_database(other) as db:
        Factory(db).create("person", full_name="Ülviyyə Qasımova", village_id=None)
        fp = bundle.fingerprint(keys.public_key(db))
    sent = fleet.folder / "other.fkb"
    assert fieldkit("--db", other, "export", sent).code == 0
    before = digest(laptop)
    line = refused(fieldkit("--db", laptop, "import", sent, "--enrol", fp), "other.fkb")
    assert "a volunteer's bundle goes to HQ, not to a laptop" in line
    assert digest(laptop) == before
    # At HQ the same bundle is what it is for.
    assert fieldkit("--db", fleet.hq, "import", sent, "--enrol", fp).code == 0


def hq_signed(fleet: Fleet, target: Path, workbook: bytes) -> Path:
    """An hq-to-field bundle properly signed by HQ around *workbook*."""
    with open_database(fleet.hq) as db:
        return bundle.write(
            target,
            {"records.xlsx": workbook, "revoked.json": b"[]"},
            kind="hq-to-field",
            sender={"device_id": db.device_id, "name": "HQ Bakı"},
            private_key=keys.private_key(db),
        )


def test_an_assignment_carrying_home_visits_is_refused(template_db: Path, fleet: Fleet) -> None:
    laptop = joined_laptop(template_db, fleet)
    buffer = io.BytesIO()
    with open_database(fleet.hq) as db:  # HQ's full workbook, visits and all
        export_workbook(db, fleet.folder / "full.xlsx", into=buffer)
    evil = hq_signed(fleet, fleet.folder / "evil.fkb", buffer.getvalue())
    before = digest(laptop)
    line = refused(fieldkit("--db", laptop, "import", evil), "evil.fkb")
    assert "evil.fkb/records.xlsx, sheet home_visit: an assignment carries only" in line
    assert digest(laptop) == before and count(laptop, "home_visit") == 0


def test_an_assignment_whose_history_brings_visits_is_refused(
    template_db: Path, fleet: Fleet
) -> None:
    """The visit sheet emptied by hand, its revisions left on the history sheet."""
    laptop = joined_laptop(template_db, fleet)
    from openpyxl import load_workbook

    with open_database(fleet.hq) as db:
        made = export_workbook(db, fleet.folder / "full.xlsx")
    book = load_workbook(made.path)
    del book["home_visit"]
    history = book["_history"]
    history.append(["home_visit", *[c.value for c in history[2][1:]]])
    book.save(made.path)
    evil = hq_signed(fleet, fleet.folder / "history.fkb", made.path.read_bytes())
    line = refused(fieldkit("--db", laptop, "import", evil), "history.fkb")
    assert "sheet _history: history of home_visit records" in line


def test_a_key_revoked_at_hq_is_refused_on_the_laptop_after_its_next_hq_bundle(
    template_db: Path, fleet: Fleet
) -> None:
    laptop = joined_laptop(template_db, fleet)
    stolen = machine(template_db, fleet.folder / "stolen.db", "Füzuli noutbuk 3")
    with open_database(stolen) as db:
        fp = bundle.fingerprint(keys.public_key(db))
    sent = fleet.folder / "stolen.fkb"
    assert fieldkit("--db", stolen, "export", sent).code == 0
    assert fieldkit("--db", fleet.hq, "import", sent, "--enrol", fp).code == 0
    assert fieldkit("--db", fleet.hq, "keys", "revoke", fp).code == 0

    # Not yet known on the laptop: refused only as a volunteer's bundle.
    line = refused(fieldkit("--db", laptop, "import", sent), "stolen.fkb")
    assert "goes to HQ, not to a laptop" in line
    assert fp not in fieldkit("--db", laptop, "keys", "list").out

    # HQ's next assignment carries the revocation; the laptop learns it on import.
    assignment = fleet.folder / "lachin.fkb"
    assert fieldkit("--db", fleet.hq, "export", assignment, "--for-district", "AZ-LAC").code == 0
    with zipfile.ZipFile(assignment) as z:
        assert "data/revoked.json" in z.namelist()
    assert fieldkit("--db", laptop, "import", assignment).code == 0
    assert f"revoked by HQ: {fp}" in fieldkit("--db", laptop, "keys", "list").out
    line = refused(fieldkit("--db", laptop, "import", sent), "stolen.fkb")
    assert f"is signed by the key {fp}, revoked here" in line
    with open_database(laptop) as db, pytest.raises(keys.KeyRefused):
        keys.enrol(db, "any", "anyone", keys.revocations(db)[0].public_key)

    # A laptop joining after the revocation learns it with the join bundle.
    assert fieldkit("--db", fleet.hq, "hq", "join-bundle", fleet.folder / "join2.fkb").code == 0
    fleet.join_file = fleet.folder / "join2.fkb"
    late = joined_laptop(template_db, fleet, "late")
    assert f"revoked by HQ: {fp}" in fieldkit("--db", late, "keys", "list").out


def test_a_revocation_list_not_signed_by_hq_teaches_nothing(
    template_db: Path, fleet: Fleet
) -> None:
    """revoked.json inside another laptop's bundle (re-signed by it) is not HQ's word."""
    laptop = joined_laptop(template_db, fleet)
    with open_database(laptop) as db:
        opened = transfer.open_bundle(db, fleet.join_file, password=None, enrol=False)
        assert keys.revocations(db) == []
    assert opened.manifest["kind"] == "hq-join"
    # A join bundle of this laptop's own making is refused at the writer.
    line = refused(fieldkit("--db", laptop, "hq", "join-bundle", fleet.folder / "x.fkb"), "HQ")
    assert "assignments and join bundles come from HQ, not from a laptop" in line


# --- HQ's recovery key, carried by the join bundle -----------------------------------


def recovery_key(fleet: Fleet, name: str) -> tuple[Path, str]:
    """HQ makes a recovery key pair (``recovery-key new``) and records its public key
    (what that printed is kept in ``fleet.said``)."""
    private = fleet.folder / f"{name}.key"
    made = fieldkit("recovery-key", "new", private)
    assert made.code == 0, made.err
    public = made.out.strip().split()[-1]
    recorded = fieldkit("--db", fleet.hq, "hq", "recovery-key", public)
    assert recorded.code == 0, recorded.err
    assert f"HQ's recovery key {bundle.fingerprint(public)} recorded" in recorded.out
    fleet.said = recorded.out
    return private, public


def test_a_laptop_that_joins_can_be_recovered_with_hqs_recovery_key(
    template_db: Path, fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    private, public = recovery_key(fleet, "hq-recovery")
    # The private key file handed to HQ by mistake is refused, never recorded.
    line = refused(fieldkit("--db", fleet.hq, "hq", "recovery-key", private), "hq-recovery.key")
    assert "recovery private key" in line
    made = fieldkit("--db", fleet.hq, "hq", "join-bundle", fleet.folder / "join-r.fkb")
    assert made.code == 0, made.err
    assert f"HQ's recovery key: {bundle.fingerprint(public)}" in made.out
    with zipfile.ZipFile(fleet.folder / "join-r.fkb") as z:
        assert z.read("data/recovery.json") == f'{{"public_key": "{public}"}}'.encode()
    fleet.join_file = fleet.folder / "join-r.fkb"

    laptop = machine(template_db, fleet.folder / "laptop.db", "Laçın noutbuk 1")
    with open_database(laptop) as db:
        Factory(db).create("person", full_name="Səbinə Rzayeva", district="AZ-LAC")
    run = fieldkit("--db", laptop, "join", fleet.join_file, "--fingerprint", fleet.fingerprint)
    assert run.code == 0, run.err
    fp = bundle.fingerprint(public)
    assert f"the data's key is now sealed to HQ's recovery key {fp}" in run.out
    listed = fieldkit("--db", laptop, "account", "list")
    assert f"HQ recovery key: {fp} (from HQ's join bundle)" in listed.out

    # The passphrase is forgotten: HQ's recovery key sets a new one, nothing lost.
    monkeypatch.delenv("FIELDKIT_PASSPHRASE_FILE")
    new = fleet.folder / "new-passphrase.txt"
    new.write_text("yadda saxladım bu dəfə\n", encoding="utf-8")
    out = fieldkit(
        "--db", laptop, "recover", "--recovery-key", private, "--new-passphrase-file", new
    )
    assert out.code == 0, out.err
    assert "every record is kept" in out.out
    with open_database(laptop, accounts.Credentials(None, "yadda saxladım bu dəfə")) as db:
        assert [p["full_name"] for p in query.search(db, "person")] == ["Səbinə Rzayeva"]
    with pytest.raises(accounts.WrongPassphrase):
        open_database(laptop, accounts.Credentials(None, PASSPHRASE))


def test_a_join_bundle_whose_recovery_key_was_altered_is_refused(
    template_db: Path, fleet: Fleet
) -> None:
    """Someone puts their own recovery key in HQ's join bundle, manifest and all: the
    signature refuses it, and the laptop is left as it was (no key sealed to theirs)."""
    recovery_key(fleet, "hq-recovery")
    target = fleet.folder / "join-r.fkb"
    assert fieldkit("--db", fleet.hq, "hq", "join-bundle", target).code == 0
    _, theirs = accounts.new_recovery_key()
    evil = fleet.folder / "evil-join.fkb"
    swapped = f'{{"public_key": "{theirs}"}}'.encode()
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(evil, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                for member in manifest["members"]:
                    if member["name"] == "recovery.json":
                        member["size"] = len(swapped)
                        member["sha256"] = hashlib.sha256(swapped).hexdigest()
                data = json.dumps(manifest, sort_keys=True, ensure_ascii=False).encode()
            elif info.filename == "data/recovery.json":
                data = swapped
            out.writestr(info.filename, data)
    laptop = machine(template_db, fleet.folder / "laptop.db", "Laçın noutbuk 1")
    before, keys_before = digest(laptop), keyfile.path_for(laptop).read_bytes()
    line = refused(
        fieldkit("--db", laptop, "join", evil, "--fingerprint", fleet.fingerprint), "evil-join.fkb"
    )
    assert "bad signature" in line
    assert digest(laptop) == before and keyfile.path_for(laptop).read_bytes() == keys_before
    assert accounts.recovery_public_keys(laptop) == []


def test_an_old_join_bundle_without_a_recovery_key_still_joins(
    template_db: Path, fleet: Fleet
) -> None:
    with zipfile.ZipFile(fleet.join_file) as z:
        assert "data/recovery.json" not in z.namelist()
    laptop = machine(template_db, fleet.folder / "laptop.db", "Laçın noutbuk 1")
    run = fieldkit("--db", laptop, "join", fleet.join_file, "--fingerprint", fleet.fingerprint)
    assert run.code == 0, run.err
    assert "carries no recovery key: a forgotten passphrase cannot be recovered" in run.out
    assert accounts.recovery_public_keys(laptop) == []
    assert "no HQ recovery key yet" in fieldkit("--db", laptop, "account", "list").out


def test_joining_again_after_hq_changed_its_recovery_key_replaces_the_old_one(
    template_db: Path, fleet: Fleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_private, old_public = recovery_key(fleet, "old")
    assert fieldkit("--db", fleet.hq, "hq", "join-bundle", fleet.folder / "join1.fkb").code == 0
    fleet.join_file = fleet.folder / "join1.fkb"
    laptop = joined_laptop(template_db, fleet)
    assert accounts.recovery_public_keys(laptop) == [old_public]
    # Added by hand on the laptop (a second HQ coordinator's key, say): kept throughout.
    _, by_hand = accounts.new_recovery_key()
    assert fieldkit("--db", laptop, "account", "add-recovery", by_hand).code == 0

    new_private, new_public = recovery_key(fleet, "new")  # the old one was lost, or exposed
    assert f"it replaces {bundle.fingerprint(old_public)}" in fleet.said
    assert fieldkit("--db", fleet.hq, "hq", "join-bundle", fleet.folder / "join2.fkb").code == 0
    again = fieldkit(
        "--db", laptop, "join", fleet.folder / "join2.fkb", "--fingerprint", fleet.fingerprint
    )
    assert again.code == 0, again.err
    assert f"now sealed to HQ's recovery key {bundle.fingerprint(new_public)}" in again.out
    assert sorted(accounts.recovery_public_keys(laptop)) == sorted([by_hand, new_public])
    # The same bundle once more: nothing new to seal.
    again = fieldkit(
        "--db", laptop, "join", fleet.folder / "join2.fkb", "--fingerprint", fleet.fingerprint
    )
    assert "already sealed to HQ's recovery key" in again.out

    monkeypatch.delenv("FIELDKIT_PASSPHRASE_FILE")
    new = fleet.folder / "new-passphrase.txt"
    new.write_text("a passphrase to remember\n", encoding="utf-8")
    old = fieldkit(
        "--db", laptop, "recover", "--recovery-key", old_private, "--new-passphrase-file", new
    )
    assert old.code == 2 and "holds no copy of the key for this recovery key" in old.err
    done = fieldkit(
        "--db", laptop, "recover", "--recovery-key", new_private, "--new-passphrase-file", new
    )
    assert done.code == 0, done.err

    # HQ's next join bundle imported as an ordinary file (the desktop's Import) does the same.
    monkeypatch.setenv("FIELDKIT_PASSPHRASE_FILE", str(PASSPHRASE_FILE))  # HQ's
    _third_private, third = recovery_key(fleet, "third")
    assert fieldkit("--db", fleet.hq, "hq", "join-bundle", fleet.folder / "join3.fkb").code == 0
    imported = fieldkit(
        "--db", laptop, "--passphrase-file", new, "import", fleet.folder / "join3.fkb"
    )
    assert imported.code == 0, imported.err
    assert sorted(accounts.recovery_public_keys(laptop)) == sorted([by_hand, third])

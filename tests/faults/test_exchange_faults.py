"""Exchange under faults (issue 7): import and export killed at random points,
a full disk under either, and the workbook and bundle readers fuzzed.

Killed runs leave the database passing `fieldkit check` and holding all or
nothing of the run, and never a partial workbook under the target name; a full
disk is one clear line and loses nothing; a damaged file is a documented error
(a reject, a BundleError) and never changes the database.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.databases import connect as connect_db
from tests.databases import copy_db
from tests.faults.conftest import fieldkit

KILLS = 4  # kills per command: with the fixed seeds they land before, during and after the commit
TABLES = (
    "district",
    "village",
    "staff",
    "person",
    "home_visit",
    "awareness_session",
    "livelihood_assistance",
    "revision",
    "conflict",
    "exchange",
)


def counts(path: Path, key_of: Path | None = None) -> dict[str, int]:
    conn = connect_db(path, key_of)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def checked(db: Path) -> None:
    out = fieldkit("--db", str(db), "check")
    assert out.returncode == 0, out.stdout + out.stderr


def complete_workbook(path: Path) -> bool:
    """A whole workbook: every member intact and every sheet holding the rows
    its ``about`` sheet announces."""
    import python_calamine as calamine

    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
    book = calamine.CalamineWorkbook.from_path(str(path))
    about = {r[0]: r[1] for r in book.get_sheet_by_name("about").iter_rows() if len(r) > 1}
    for key, n in about.items():
        if isinstance(key, str) and key.startswith("rows."):
            rows = book.get_sheet_by_name(key[5:]).to_python()
            # A record sheet: key row and label row, then the data; the history
            # and the erasures: keys, then rows.
            heading = 1 if key in ("rows._history", "rows._erasures") else 2
            assert len(rows) - heading == int(n), key
    return True


@pytest.fixture(scope="module")
def laptop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A laptop database with 3,000 demo records and its full export."""
    folder = tmp_path_factory.mktemp("laptop")
    db = folder / "laptop.db"
    assert fieldkit("--db", str(db), "demo", "--records", "3000", "--seed", "4").returncode == 0
    book = folder / "records.xlsx"
    assert fieldkit("--db", str(db), "export", str(book)).returncode == 0
    return db, book


@functools.cache
def enrol(laptop: Path) -> list[str]:
    """The arguments that enrol the laptop at *laptop* as the sender of its files
    (its fingerprint as `keys list` prints it, as a coordinator reads it out)."""
    out = fieldkit("--db", str(laptop), "keys", "list")
    line = next(x for x in out.stdout.splitlines() if x.startswith("this laptop's key: "))
    return ["--enrol", line.removeprefix("this laptop's key: ")]


def kill_after(args: list[str], delay: float) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "fieldkit", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_killing_import_at_random_points_leaves_all_or_nothing(
    laptop: tuple[Path, Path], tmp_path: Path
) -> None:
    base = tmp_path / "hq.db"
    checked(base)  # a new, empty HQ database
    before = counts(base)
    full = tmp_path / "full" / "hq.db"
    full.parent.mkdir()
    copy_db(base, full)
    enrol(laptop[0])  # asked once, before the timing: the kills are spread over the import
    started = time.perf_counter()
    out = fieldkit("--db", str(full), "import", str(laptop[1]), *enrol(laptop[0]))
    span = time.perf_counter() - started
    assert out.returncode == 0, out.stderr
    after = counts(full)
    assert after["person"] > 0 and after["exchange"] == before["exchange"] + 1
    rng = random.Random(11)
    outcomes = set()
    for i in range(KILLS):
        target = tmp_path / f"kill{i}" / "hq.db"
        target.parent.mkdir()
        copy_db(base, target)
        kill_after(
            ["--db", str(target), "import", str(laptop[1]), *enrol(laptop[0])],
            rng.uniform(0.2, span * 1.05),
        )
        checked(target)
        got = counts(target)
        assert got in (before, after), got
        outcomes.add("all" if got == after else "nothing")
        for copy in (target.parent / "backups").glob("*.db"):
            # A backup is the database as it was before the import, whole.
            conn = connect_db(copy, key_of=target)
            try:
                assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            finally:
                conn.close()
            assert counts(copy, key_of=target) == before
    assert "nothing" in outcomes  # at least one kill landed mid-run


def test_killing_export_never_leaves_a_partial_workbook(
    laptop: tuple[Path, Path], tmp_path: Path
) -> None:
    base = laptop[0]
    before = counts(base)
    started = time.perf_counter()
    probe = tmp_path / "probe.db"
    copy_db(base, probe)
    assert fieldkit("--db", str(probe), "export", str(tmp_path / "probe.xlsx")).returncode == 0
    span = time.perf_counter() - started
    rng = random.Random(5)
    outcomes = set()
    for i in range(KILLS):
        folder = tmp_path / f"kill{i}"
        folder.mkdir()
        db = folder / "laptop.db"
        copy_db(base, db)
        target = folder / "for-hq.xlsx"
        # The first kill comes early in the export's own span (on a loaded machine
        # the random ones may all land after the rename); the rest anywhere.
        when = span * 0.25 if i == 0 else rng.uniform(0.2, span * 1.05)
        kill_after(["--db", str(db), "export", str(target)], when)
        checked(db)
        got = counts(db)
        # The export's only write is its line in the exchange log, made after the rename.
        assert got in (before, {**before, "exchange": before["exchange"] + 1}), got
        if got["exchange"] > before["exchange"]:
            assert target.exists()
        if target.exists():
            assert complete_workbook(target)
            outcomes.add("all")
        else:
            outcomes.add("nothing")
        # What a kill may leave is a hidden temporary file, never the target name.
        assert {p.name for p in folder.iterdir()} - {target.name} <= {
            "laptop.db",
            "laptop.db.keys",
            "laptop.db.lock",
            *(p.name for p in folder.glob(".~fieldkit-*.xlsx")),
        }
    assert "nothing" in outcomes


def test_killing_a_merge_leaves_all_or_nothing_and_no_partial_master(
    laptop: tuple[Path, Path], tmp_path: Path
) -> None:
    """`merge` imports (one transaction) and then writes the master workbook."""
    base = tmp_path / "hq.db"
    checked(base)
    before = counts(base)
    full = tmp_path / "full" / "hq.db"
    full.parent.mkdir()
    copy_db(base, full)
    enrol(laptop[0])  # asked once, before the timing: the kills are spread over the merge
    started = time.perf_counter()
    out = fieldkit(
        "--db",
        str(full),
        "merge",
        str(laptop[1]),
        *enrol(laptop[0]),
        "--out",
        str(full.parent / "m.xlsx"),
    )
    span = time.perf_counter() - started
    assert out.returncode == 0, out.stderr
    after = counts(full)
    rng = random.Random(3)
    outcomes = set()
    for i in range(KILLS):
        folder = tmp_path / f"kill{i}"
        folder.mkdir()
        db = folder / "hq.db"
        copy_db(base, db)
        master = folder / "master.xlsx"
        kill_after(
            ["--db", str(db), "merge", str(laptop[1]), *enrol(laptop[0]), "--out", str(master)],
            rng.uniform(0.2, span * 1.05),
        )
        checked(db)
        got = counts(db)
        kept = {k: v for k, v in got.items() if k != "exchange"}
        if kept == {k: v for k, v in before.items() if k != "exchange"}:
            assert got == before and not master.exists()
            outcomes.add("nothing")
        else:
            # The import committed whole; the master is then written and logged.
            assert kept == {k: v for k, v in after.items() if k != "exchange"}, got
            assert got["exchange"] in (after["exchange"] - 1, after["exchange"])
            outcomes.add("imported")
        if master.exists():
            assert complete_workbook(master)
    assert "nothing" in outcomes


def test_a_bundle_that_could_not_be_written_does_not_count_as_an_export(
    laptop: tuple[Path, Path], small_disk: Path, tmp_path: Path
) -> None:
    """The disk fills while the bundle is written (its workbook fitted): one line,
    no file left, and `export --changed` afterwards still carries every record
    (a failed export must not move the "changed since" mark)."""
    db = tmp_path / "laptop.db"  # never exported
    assert fieldkit("--db", str(db), "demo", "--records", "3000", "--seed", "4").returncode == 0
    before = counts(db)
    room = os.statvfs(small_disk)
    # The plain workbook is staged beside the database (not on the stick); leave
    # the stick too little room for the bundle (about 540 KB).
    (small_disk / "filler").write_bytes(b"\0" * (room.f_bavail * room.f_frsize - 200 * 1024))
    target = small_disk / "for-hq.fkb"
    out = fieldkit("--db", str(db), "export", str(target))
    assert out.returncode != 0
    assert out.stderr.splitlines() == [
        f"fieldkit: cannot write {target}: No space left on device; nothing was written; "
        "make room and export again"
    ], out.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]
    assert counts(db) == before
    out = fieldkit("--db", str(db), "export", "--changed", str(tmp_path / "changed.xlsx"))
    assert out.returncode == 0, out.stderr
    # All of them: every record whose people's consent covers HQ.
    assert out.stdout.startswith(f"exported {for_hq(db)} records to"), out.stdout


def for_hq(path: Path) -> int:
    """How many records an export for HQ of *path* carries (fieldkit.consent)."""
    import sqlalchemy as sa

    from fieldkit import consent, records
    from fieldkit.workspace import open_database

    with open_database(path) as db, db.connect() as conn:
        total = 0
        for rtype in records.record_types():
            covered = consent.clause(rtype, consent.HQ)
            query = sa.select(sa.func.count()).select_from(rtype.table)
            total += conn.execute(query if covered is None else query.where(covered)).scalar_one()
    return total


def test_killing_a_bundle_export_leaves_no_partial_bundle(
    laptop: tuple[Path, Path], tmp_path: Path
) -> None:
    from fieldkit.sync import bundle

    base = laptop[0]
    before = counts(base)
    probe = tmp_path / "probe.db"
    copy_db(base, probe)
    started = time.perf_counter()
    assert fieldkit("--db", str(probe), "export", str(tmp_path / "probe.fkb")).returncode == 0
    span = time.perf_counter() - started
    rng = random.Random(8)
    for i in range(KILLS):
        folder = tmp_path / f"kill{i}"
        folder.mkdir()
        db = folder / "laptop.db"
        copy_db(base, db)
        target = folder / "for-hq.fkb"
        # The first kill comes early in the export's own span (on a loaded machine
        # the random ones may all land after the rename); the rest anywhere.
        when = span * 0.25 if i == 0 else rng.uniform(0.2, span * 1.05)
        kill_after(["--db", str(db), "export", str(target)], when)
        checked(db)
        got = counts(db)
        assert got["exchange"] - before["exchange"] in (0, 1), got
        if target.exists():
            assert len(bundle.read(target).members["records.xlsx"]) > 0
        else:
            # Killed before the bundle was in place: no export is counted.
            conn = connect_db(db)
            kinds = [k for (k,) in conn.execute("SELECT kind FROM exchange")]
            conn.close()
            assert kinds.count("export") == 1  # the fixture's own export only


@pytest.mark.parametrize("free_kb", [0, 150], ids=["no-filler", "150KB-free"])
def test_a_full_disk_during_import_is_a_clear_error_and_loses_nothing(
    laptop: tuple[Path, Path], small_disk: Path, free_kb: int
) -> None:
    """3,000 records do not fit: the disk fills while merging, or while taking
    the backup made before the commit (how far it gets depends on the room left)."""
    db = small_disk / "hq.db"
    assert fieldkit("--db", str(db), "demo", "--records", "20", "--seed", "8").returncode == 0
    before = counts(db)
    if free_kb:
        room = os.statvfs(small_disk)
        (small_disk / "filler").write_bytes(
            b"\0" * (room.f_bavail * room.f_frsize - free_kb * 1024)
        )
    out = fieldkit("--db", str(db), "import", str(laptop[1]), *enrol(laptop[0]))
    assert out.returncode == 2, out.stdout + out.stderr
    assert out.stderr.splitlines() == [
        "fieldkit: the database refused the write (database or disk is full); "
        "the unfinished step was rolled back"
    ], out.stderr
    assert counts(db) == before
    checked(db)
    # A backup cut short by the full disk is not left looking like a real one.
    backups = small_disk / "backups"
    assert not backups.exists() or all(p.stat().st_size > 0 for p in backups.iterdir())
    assert not backups.exists() or not [p for p in backups.iterdir() if p.name.endswith(".partial")]


# --- fuzzing the readers ----------------------------------------------------------


def _swap_members(data: bytes, a: int, b: int) -> bytes:
    """The zip *data* with the contents of members *a* and *b* exchanged (names kept)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        blobs = [z.read(i) for i in infos]
    a, b = a % len(infos), b % len(infos)
    blobs[a], blobs[b] = blobs[b], blobs[a]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, blob in zip(infos, blobs, strict=True):
            z.writestr(info.filename, blob)
    return out.getvalue()


def _flip(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for at, mask in flips:
        out[at % len(out)] ^= mask
    return bytes(out)


def damaged(data: bytes) -> st.SearchStrategy[bytes]:
    """A real file, damaged: bits flipped, cut short, or two zip members swapped."""
    return st.one_of(
        st.lists(
            st.tuples(st.integers(0, len(data) - 1), st.integers(1, 255)), min_size=1, max_size=8
        ).map(lambda flips: _flip(data, flips)),
        st.integers(0, len(data) - 1).map(lambda n: data[:n]),
        st.tuples(st.integers(0, 63), st.integers(0, 63))
        .filter(lambda ab: ab[0] != ab[1])
        .map(lambda ab: _swap_members(data, *ab)),
    )


def _state(path: Path) -> tuple[str, str]:
    """The database file and its write-ahead log, as bytes on disk."""
    wal = Path(f"{path}-wal")
    return digest(path), digest(wal) if wal.exists() else ""


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A small sender database, its plain and encrypted bundles, and an HQ
    database that has enrolled the sender (so damage reaches past the signature)."""
    from fieldkit import demo
    from fieldkit.sync import transfer
    from fieldkit.workspace import open_database

    folder = tmp_path_factory.mktemp("bundles")
    sender = open_database(folder / "sender.db")
    demo.fill(sender, 12, seed=6)
    plain = transfer.export(sender, folder / "plain.fkb").path
    secret = transfer.export(sender, folder / "secret.fkb", password="Şəki-7").path
    sender.close()
    hq = folder / "hq.db"
    db = open_database(hq)
    assert transfer.import_files(db, [plain], enrol=True).applied
    db.close()
    return {"plain": plain, "secret": secret, "hq": hq}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzzed_bundles_are_refused_clearly_and_change_nothing(
    bundles: dict[str, Path], data: st.DataObject
) -> None:
    from fieldkit.sync import transfer
    from fieldkit.sync.bundle import BundleError
    from fieldkit.workspace import open_database

    which = data.draw(st.sampled_from(["plain", "secret"]))
    blob = data.draw(damaged(bundles[which].read_bytes()))
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        bad = folder / "damaged.fkb"
        bad.write_bytes(blob)
        db = open_database(bundles["hq"])
        try:
            before = _state(bundles["hq"])
            try:
                result = transfer.import_files(db, [bad], password="Şəki-7")
            except BundleError as exc:
                assert str(exc).startswith("damaged.fkb"), exc  # names the file
                assert "\n" not in str(exc)
                assert _state(bundles["hq"]) == before
                return
            if not result.applied:
                assert result.rejects and _state(bundles["hq"]) == before
                return
            # Damage the signature does not cover (a zip header's date): the signed
            # data arrive as they were sent, and they are here already.
            assert result.summary()["new"] == 0 and result.summary()["updated"] == 0
        finally:
            db.close()
    finally:
        shutil.rmtree(folder)


def test_a_full_disk_during_export_is_a_clear_error_and_loses_nothing(
    laptop: tuple[Path, Path], small_disk: Path, tmp_path: Path
) -> None:
    db = tmp_path / "laptop.db"
    copy_db(laptop[0], db)
    before = digest(db)
    filler = small_disk / "filler"
    room = os.statvfs(small_disk)
    # Leave 64 KB; the workbook is larger.
    filler.write_bytes(b"\0" * (room.f_bavail * room.f_frsize - 64 * 1024))
    target = small_disk / "for-hq.xlsx"
    out = fieldkit("--db", str(db), "export", str(target))
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    assert lines[0].startswith(f"fieldkit: cannot write {target}") and "No space left" in lines[0]
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]  # no partial file
    assert digest(db) == before  # the export log got nothing
    filler.unlink()
    out = fieldkit("--db", str(db), "export", str(target))  # room again: it works
    assert out.returncode == 0 and complete_workbook(target)


def _mutate_member(data: bytes, which: int, at: int, cut: int, insert: bytes) -> bytes:
    """The zip *data* with one member's unpacked bytes edited (cut and insert at
    *at*), then packed again correctly: damage that passes every zip checksum."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        blobs = [z.read(i) for i in infos]
    i = which % len(infos)
    blob = blobs[i]
    at = at % (len(blob) + 1)
    blobs[i] = blob[:at] + insert + blob[at + cut :]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, b in zip(infos, blobs, strict=True):
            z.writestr(info.filename, b)
    return out.getvalue()


_JUNK = st.sampled_from(
    [
        b"",
        b"<",
        b">",
        b"&",
        b"\x00",
        b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
        b"<f>1+1</f>",
        b'<row r="999999">',
        b'<c r="XFD3"><v>1</v></c>',
        b"</sheetData>",
        b"\xff\xfe",
        b'"',
        b'r="A0"',
    ]
)


def workbook_damage(data: bytes) -> st.SearchStrategy[bytes]:
    """Zip-level damage, or XML-level damage inside a member that still unpacks."""
    return st.one_of(
        damaged(data),
        st.builds(
            lambda which, at, cut, junk: _mutate_member(data, which, at, cut, junk),
            st.integers(0, 63),
            st.integers(0, 1 << 20),
            st.integers(0, 64),
            _JUNK,
        ),
    )


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A small database and its own export (so an intact import changes no record)."""
    from fieldkit import demo
    from fieldkit.sync.workbook import export_workbook
    from fieldkit.workspace import open_database

    folder = tmp_path_factory.mktemp("workbook")
    db = open_database(folder / "field.db")
    demo.fill(db, 12, seed=2)
    export_workbook(db, folder / "records.xlsx")
    db.close()
    return {"db": folder / "field.db", "book": folder / "records.xlsx"}


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_fuzzed_workbooks_are_rejected_clearly_and_change_nothing(
    workbook: dict[str, Path], data: st.DataObject
) -> None:
    from fieldkit import check
    from fieldkit.sync import transfer
    from fieldkit.sync.bundle import BundleError
    from fieldkit.sync.workbook import import_workbooks
    from fieldkit.workspace import open_database

    blob = data.draw(workbook_damage(workbook["book"].read_bytes()))
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        bad = folder / "damaged.xlsx"
        bad.write_bytes(blob)
        db = open_database(workbook["db"])
        try:
            for run in (import_workbooks, transfer.import_files):
                before = _state(workbook["db"])
                try:
                    result = run(db, [bad])
                except BundleError as exc:  # transfer refuses an unsafe file before reading it
                    assert run is transfer.import_files
                    assert str(exc).startswith(f"{bad}: ") and "\n" not in str(exc)
                    assert _state(workbook["db"]) == before
                    continue
                if result.applied:  # damage that left it a valid workbook
                    assert check.run(db).ok
                    continue
                assert result.rejects and _state(workbook["db"]) == before
                for reject in result.rejects:
                    assert str(reject).startswith(str(bad)) and "\n" not in str(reject)
        finally:
            db.close()
    finally:
        shutil.rmtree(folder)

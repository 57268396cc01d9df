"""What `merge` and `import` say, through the real command line: a run that
applied nothing never prints counts as if applied nor claims success; a file
left out says why; a file's conflicts are the ones its rows took part in."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from fieldkit.sync import keys
from fieldkit.workspace import open_database
from tests.core.test_cli import dump, fieldkit
from tests.core.xlsx_tools import new_revision_cells, sign
from tests.databases import copy_db

REPORT = "Merge report"


def set_cells(book: Path, out: Path, sheet: str, key: str, values: dict[int, Any]) -> Path:
    """A copy of *book* with cells of column *key* changed, by row, as Excel would."""
    wb = load_workbook(book)
    ws = wb[sheet]
    column = [c.value for c in ws[1]].index(key) + 1
    for row, value in values.items():
        ws.cell(row, column).value = value
    wb.save(out)
    return out


def with_district(book: Path, out: Path, code: str, name: str, device: str) -> Path:
    """A copy of *book* that adds a district (a new id) under *code*, as HQ's
    reference data from two offices might each add one."""
    wb = load_workbook(book)
    ws = wb["district"]
    keys = [c.value for c in ws[1]]
    stamp = "2025-06-01T00:00:00.000000Z"
    values = {
        "id": str(uuid.uuid4()),
        "version": 1,
        "created_at": stamp,
        "updated_at": stamp,
        "device_id": device,
        "deleted": "no",
        "code": code,
        "name": name,
        "kind": "rayon",
    }
    values |= new_revision_cells("district", values)
    ws.append([values.get(k) for k in keys])
    wb.save(out)
    return out


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Workbooks exported by the CLI from demo laptops, and copies a person edited."""
    folder = tmp_path_factory.mktemp("reporting")
    out: dict[str, Path] = {}
    for name, seed in (("a", "1"), ("c", "2")):
        db = folder / f"{name}.db"
        made = fieldkit("--db", str(db), "demo", "--records", "100", "--seed", seed)
        assert made.returncode == 0, made.stderr
        out[name] = folder / f"{name}.xlsx"
        done = fieldkit("--db", str(db), "export", str(out[name]))
        assert done.returncode == 0, done.stderr
    # P and Q each add a district under one new code, with different ids: each
    # passes alone; together the code would name two districts, and is refused.
    # (Rows added after signing break the signature: laptop A signs them again.)
    with open_database(folder / "a.db") as a:
        key, device = keys.private_key(a), a.device_id
    for name, district in (("p", "Yeni rayon"), ("q", "Başqa rayon")):
        added = with_district(out["a"], folder / f"{name}.xlsx", "AZ-ZZZ", district, device)
        out[name] = sign(added, key)
    # Two copies of A's workbook with the same person's phone typed differently:
    # each alone is an edit; together, a conflict.
    out["a-phone"] = set_cells(
        out["a"], folder / "a-phone.xlsx", "person", "phone", {3: "+994 50 111 11 11"}
    )
    out["b-phone"] = set_cells(
        out["a"], folder / "b-phone.xlsx", "person", "phone", {3: "+994 55 222 22 22"}
    )
    pseudo = folder / "partners.xlsx"
    done = fieldkit(
        "--db",
        str(folder / "a.db"),
        "export",
        "--profile",
        "pseudonymised",
        "--recipient",
        "Partner",
        str(pseudo),
    )
    assert done.returncode == 0, done.stderr
    out["partners"] = pseudo
    out["junk"] = folder / "junk.xlsx"
    out["junk"].write_bytes(b"not a workbook")
    return out


@pytest.fixture
def hq(template_db: Path, tmp_path: Path, books: dict[str, Path]) -> Path:
    """HQ, with laptops A and C enrolled."""
    path = tmp_path / "hq" / "hq.db"
    path.parent.mkdir()
    return enrolled(copy_db(template_db, path), books)


def enrolled(path: Path, books: dict[str, Path]) -> Path:
    """The database at *path* with laptops A and C enrolled."""
    with open_database(path) as db:
        for name in ("a", "c"):
            with open_database(books[name].with_suffix(".db")) as laptop:
                keys.enrol(db, laptop.device_id, name, keys.public_key(laptop))
    return path


def new_records(book: Path) -> int:
    """The records of *book* that an empty HQ does not have: all but the 78
    districts every database is seeded with (people whose consent covers HQ,
    and what refers to them: the demo's count depends on its consents)."""
    wb = load_workbook(book, read_only=True)
    sheets = [wb[n] for n in wb.sheetnames if n not in ("about", "_lists")]
    return sum(1 for ws in sheets for r in ws.iter_rows(min_row=3, values_only=True) if r[0]) - 78


def untouched(hq: Path, before: list[Any]) -> None:
    """Nothing applied: the same content, no exchange logged, no backup taken."""
    assert dump(hq) == before
    assert not (hq.parent / "backups").exists()


def report(master: Path) -> list[list[Any]]:
    return [
        list(r) for r in load_workbook(master, read_only=True)[REPORT].iter_rows(values_only=True)
    ]


def test_files_fine_alone_but_refused_together_fail_the_merge(
    books: dict[str, Path], hq: Path
) -> None:
    """Case: each file passes its own check, the combined import refuses them. The
    merge used to exit 0, print "applied: new …", mark both included and write a
    master of the reference data only."""
    for name in ("p", "q"):
        alone = fieldkit("--db", str(hq), "import", "--dry-run", str(books[name]))
        assert alone.returncode == 0, alone.stdout + alone.stderr
    before = dump(hq)
    master = hq.parent / "master.xlsx"
    for order in (("p", "q"), ("q", "p")):
        out = fieldkit(
            "--db", str(hq), "merge", *(str(books[n]) for n in order), "--out", str(master)
        )
        assert out.returncode == 1, out.stdout + out.stderr
        assert "Traceback" not in out.stderr
        assert out.stdout == ""  # no table, no "applied", no "master written"
        lines = out.stderr.strip().splitlines()
        # The refusal is the same in both orders; which of the two files it names
        # is the one read second.
        [rejected, last] = lines
        name = order[1] + ".xlsx"
        assert rejected.startswith(f"rejected: {name}, sheet district, row "), lines
        assert "(code): 'AZ-ZZZ' is already the iso 3166-2 code of another district" in rejected
        assert last.startswith(
            "fieldkit: merge refused: the files pass their checks one by one but are refused "
            f"together: {name}, sheet district, row "
        ), last
        assert last.endswith("; nothing was imported and no master was written")
        assert not master.exists()
        untouched(hq, before)


def test_import_of_the_same_pair_refuses_without_counts(books: dict[str, Path], hq: Path) -> None:
    before = dump(hq)
    for dry in ((), ("--dry-run",)):
        out = fieldkit("--db", str(hq), "import", *dry, str(books["p"]), str(books["q"]))
        assert out.returncode == 1, out.stdout + out.stderr
        # Only what was refused: no "new 102" as if part of it had been imported.
        assert [line.split(",")[0] for line in out.stdout.splitlines()] == [
            f"rejected: {books['q']}"
        ]
        assert "new " not in out.stdout + out.stderr
        refused = "dry run: the import would be refused" if dry else "import refused"
        line = out.stderr.strip()
        assert line.startswith(f"fieldkit: {refused}: {books['q']}, sheet district, ")
        assert line.endswith("; nothing was imported")
        untouched(hq, before)


def test_a_dry_run_says_what_would_happen_and_that_nothing_was_imported(
    books: dict[str, Path], hq: Path
) -> None:
    before = dump(hq)
    out = fieldkit("--db", str(hq), "import", "--dry-run", str(books["a"]))
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "dry run: what importing would do (nothing is imported)"
    new = new_records(books["a"])
    assert f"would import: new {new} / updated 0 / unchanged 78 / conflicts 0" in lines
    assert lines[-1] == "dry run: nothing was imported"
    untouched(hq, before)
    done = fieldkit("--db", str(hq), "import", str(books["a"]))
    assert done.returncode == 0, done.stderr
    assert (
        f"imported: new {new} / updated 0 / unchanged 78 / conflicts 0" in done.stdout.splitlines()
    )
    assert "dry run" not in done.stdout


def test_a_file_refused_whole_says_why_on_stderr_and_in_the_report(
    books: dict[str, Path], hq: Path
) -> None:
    """It used to say "1 cells refused", and with --strict not even that."""
    master = hq.parent / "master.xlsx"
    files = [str(books[n]) for n in ("a", "partners", "junk")]
    why = {
        "partners.xlsx": "sheet about, column profile: a pseudonymised workbook (names and "
        "phones removed, for partners) can never be imported: import the full export instead",
        "junk.xlsx": "not a readable .xlsx workbook (",
    }
    before = dump(hq)
    strict = fieldkit("--db", str(hq), "merge", *files, "--out", str(master), "--strict")
    assert strict.returncode == 1 and strict.stdout == "", strict.stdout + strict.stderr
    lines = strict.stderr.strip().splitlines()
    assert lines[0] == f"left out partners.xlsx: {why['partners.xlsx']}"
    assert lines[1].startswith(f"left out junk.xlsx: {why['junk.xlsx']}")
    assert lines[-1] == (
        "fieldkit: merge refused: 2 of 3 files refused (partners.xlsx, junk.xlsx); strict "
        "merge: nothing was imported and no master was written"
    )
    assert "cells refused" not in strict.stderr
    assert not master.exists()
    untouched(hq, before)

    out = fieldkit("--db", str(hq), "merge", *files, "--out", str(master))
    assert out.returncode == 0, out.stderr
    assert "cells refused" not in out.stdout + out.stderr
    assert f"left out partners.xlsx: {why['partners.xlsx']}" in out.stderr.splitlines()
    assert f"left out junk.xlsx: {why['junk.xlsx']}" in out.stderr
    new = new_records(books["a"])
    assert f"applied: new {new} / updated 0 / unchanged 78 / conflicts 0" in out.stdout.splitlines()
    assert "left out: 2 of 3 files (2 problems)" in out.stdout
    rows = {r[0]: r for r in report(master)[1:5]}
    for name, reason in why.items():
        line = rows[name]
        assert line[4] == "no" and line[9] == 1 and line[10].startswith(reason), line
        assert line[5:9] == [None] * 4  # a file left out brings nothing: no counts
    assert rows["a.xlsx"][4:11] == ["yes", new, 0, 78, 0, 0, None]
    assert rows["applied together"][5:10] == [new, 0, 78, 0, 0]


def test_all_files_refused_is_a_failed_merge(books: dict[str, Path], hq: Path) -> None:
    master = hq.parent / "master.xlsx"
    before = dump(hq)
    out = fieldkit(
        "--db", str(hq), "merge", str(books["partners"]), str(books["junk"]), "--out", str(master)
    )
    assert out.returncode == 1 and out.stdout == "", out.stdout + out.stderr
    assert out.stderr.strip().splitlines()[-1] == (
        "fieldkit: merge refused: 2 of 2 files refused (partners.xlsx, junk.xlsx); no file can "
        "be merged: nothing was imported and no master was written"
    )
    assert not master.exists()
    untouched(hq, before)


def table(stdout: str) -> dict[str, list[str]]:
    return {line.split()[0]: line.split()[1:] for line in stdout.splitlines()[1:4]}


def test_each_file_counts_the_conflicts_its_rows_took_part_in(
    books: dict[str, Path], template_db: Path, tmp_path: Path
) -> None:
    """Alone, neither phone edit conflicts with anything; merged, they conflict
    with each other, and both files say so (C, unrelated, says 0). It used to
    read 0 for every file."""
    names = ("a-phone", "b-phone", "c")
    for n, order in enumerate((names, names[::-1])):
        hq = enrolled(copy_db(template_db, tmp_path / f"hq{n}.db"), books)
        master = tmp_path / f"master{n}.xlsx"
        out = fieldkit(
            "--db", str(hq), "merge", *(str(books[k]) for k in order), "--out", str(master)
        )
        assert out.returncode == 0, out.stderr
        counts = table(out.stdout)  # new, updated, unchanged, conflicts, rejected
        assert counts["a-phone.xlsx"][3] == "1" and counts["b-phone.xlsx"][3] == "1"
        assert counts["c.xlsx"][3] == "0"
        assert "conflicts 1\n" in out.stdout and "open conflicts: 1" in out.stdout
        rows = {r[0]: r for r in report(master)[1:5]}
        assert [rows[f"{k}.xlsx"][8] for k in names] == [1, 1, 0]
        assert rows["applied together"][8] == 1
        listed = fieldkit("--db", str(hq), "conflicts")
        assert listed.stdout.strip().endswith("1 open conflicts")

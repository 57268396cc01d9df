"""Bundles as someone with a USB stick and bad intentions makes them (issue 12), each
handed to the real command line: the file does not choose the key-derivation cost,
the sender is checked before any derivation, and a malformed manifest, however
malformed and however properly signed, is a one-line refusal that names the file
and leaves the database byte-identical.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import io
import json
import os
import subprocess
import sys
import time
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from fieldkit.cli.main import main
from fieldkit.sync import bundle, transfer
from fieldkit.workspace import open_database
from tests.databases import copy_db, own_device

PASSWORD = "Şuşa-2025"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fieldkit(*args: str | Path, script: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "fieldkit"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, timeout=300)


def one_line_refusal(out: subprocess.CompletedProcess[str], name: str) -> str:
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("fieldkit: import refused: ") and name in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def sent(template_db: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A volunteer's laptop (a copy of a fresh database) and what it sent: a plain
    and an encrypted bundle."""
    folder = tmp_path_factory.mktemp("sent")
    laptop = own_device(copy_db(template_db, folder / "laptop.db"))
    db = open_database(laptop)
    try:
        db.set_setting("device_name", "Laptop Laçın-2")
        plain = transfer.export(db, folder / "plain.fkb").path
        locked = transfer.export(db, folder / "locked.fkb", password=PASSWORD).path
    finally:
        db.close()
    (folder / "password.txt").write_text(PASSWORD, encoding="utf-8")
    return {"plain": plain, "locked": locked, "password": folder / "password.txt"}


@pytest.fixture
def hq(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "hq.db"
    copy_db(template_db, path)
    return path


THIEF = bundle.new_private_key()


def resigned(src: Path, dst: Path, manifest: Any, key: str = THIEF) -> Path:
    """*src* with its manifest replaced by *manifest*, signed properly by *key*."""
    body = json.dumps(manifest, ensure_ascii=False).encode()
    signer = Ed25519PrivateKey.from_private_bytes(base64.b64decode(key))
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        zout.writestr("manifest.json", body)
        zout.writestr("manifest.sig", base64.b64encode(signer.sign(body)))
        for info in zin.infolist():
            if info.filename not in ("manifest.json", "manifest.sig"):
                zout.writestr(info.filename, zin.read(info))
    return dst


def manifest_of(path: Path, key: str = THIEF) -> dict[str, Any]:
    with zipfile.ZipFile(path) as z:
        manifest: dict[str, Any] = json.loads(z.read("manifest.json"))
    manifest["public_key"] = bundle.public_key(key)
    return manifest


def test_members_of_the_wrong_type_is_a_one_line_refusal(
    sent: dict[str, Path], hq: Path, tmp_path: Path
) -> None:
    manifest = manifest_of(sent["plain"]) | {"members": [1, 2]}
    evil = resigned(sent["plain"], tmp_path / "members.fkb", manifest)
    before = digest(hq)
    fp = bundle.fingerprint(bundle.public_key(THIEF))
    line = one_line_refusal(fieldkit("--db", hq, "import", evil, "--enrol", fp), "members.fkb")
    assert "the manifest is malformed (members[0] must be an object)" in line
    assert digest(hq) == before


def test_the_file_does_not_choose_the_scrypt_cost(
    sent: dict[str, Path], hq: Path, tmp_path: Path
) -> None:
    """N=2^20, r=16, p=4 would take 2 GB and half a minute: refused before deriving,
    even for a sender enrolled with the right fingerprint and the right password."""
    manifest = manifest_of(sent["locked"])
    manifest["encryption"] |= {"n": 2**20, "r": 16, "p": 4}
    evil = resigned(sent["locked"], tmp_path / "costly.fkb", manifest)
    before = digest(hq)
    fp = bundle.fingerprint(bundle.public_key(THIEF))
    started = time.monotonic()
    out = fieldkit("--db", hq, "import", evil, "--password-file", sent["password"], "--enrol", fp)
    line = one_line_refusal(out, "costly.fkb")
    assert time.monotonic() - started < 20  # the process itself, not a derivation
    assert "encryption n, r, p must be a cost fieldkit writes (n=65536, r=8, p=1)" in line
    assert digest(hq) == before


# The real command line, counting every key derivation the process makes.
COUNTED = """
import os, sys
from fieldkit.sync import bundle
real = bundle.Scrypt
def counted(**kw):
    with open(os.environ["DERIVATIONS"], "a") as fh:
        fh.write(f"{kw['n']} {kw['r']} {kw['p']}\\n")
    return real(**kw)
bundle.Scrypt = counted
from fieldkit.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_sender_is_checked_before_any_key_derivation(
    sent: dict[str, Path], hq: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "derivations"
    monkeypatch.setenv("DERIVATIONS", str(log))
    with zipfile.ZipFile(sent["locked"]) as z:
        fp = bundle.fingerprint(json.loads(z.read("manifest.json"))["public_key"])
    before = digest(hq)
    args = ("--db", hq, "import", sent["locked"], "--password-file", sent["password"])

    # Not enrolled, the right password: refused, and nothing was derived.
    line = one_line_refusal(fieldkit(*args, script=COUNTED), "locked.fkb")
    assert "who is not enrolled here" in line and fp in line
    # Another fingerprint than the sender's: refused the same way.
    wrong = bundle.fingerprint(bundle.public_key(THIEF))
    line = one_line_refusal(fieldkit(*args, "--enrol", wrong, script=COUNTED), "locked.fkb")
    assert f"whose key fingerprint is {fp}, not the {wrong}" in line
    assert not log.exists() and digest(hq) == before

    # The fingerprint compared and given: one derivation, with the cost fieldkit writes.
    out = fieldkit(*args, "--enrol", fp.replace(" ", ""), script=COUNTED)
    assert out.returncode == 0, out.stderr
    assert log.read_text() == "65536 8 1\n"
    # Re-signed by another key under the now enrolled sender: refused before deriving.
    forged = resigned(sent["locked"], tmp_path / "forged.fkb", manifest_of(sent["locked"]))
    out = fieldkit("--db", hq, "import", forged, "--password-file", sent["password"],
                   script=COUNTED)  # fmt: skip
    line = one_line_refusal(out, "forged.fkb")
    assert "not the enrolled key of Laptop Laçın-2" in line
    assert log.read_text() == "65536 8 1\n"


# --- fuzzing the manifest ---------------------------------------------------------

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=12)
    | st.sampled_from(["", "field-to-hq", "AES-256-GCM", "scrypt", "records.xlsx", "../x"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
FIELDS: list[tuple[Any, ...]] = [
    ("format",),
    ("format_version",),
    ("kind",),
    ("sender",),
    ("sender", "device_id"),
    ("sender", "name"),
    ("public_key",),
    ("created",),
    ("members",),
    ("members", 0),
    ("members", 0, "name"),
    ("members", 0, "size"),
    ("members", 0, "sha256"),
    ("encryption",),
    *[("encryption", k) for k in ("cipher", "kdf", "n", "r", "p", "salt", "nonce")],
]
# Replace a field with any JSON value, remove it, or add an unknown one beside it.
MUTATION = st.tuples(st.sampled_from(FIELDS), st.sampled_from(["set", "drop", "add"]), JSON)


def mutate(manifest: dict[str, Any], field: tuple[Any, ...], how: str, value: Any) -> None:
    parent: Any = manifest
    for step in field[:-1]:
        if isinstance(parent, dict) and step in parent:
            parent = parent[step]
        elif isinstance(parent, list) and isinstance(step, int) and step < len(parent):
            parent = parent[step]
        else:
            return  # an earlier mutation took this part away
    last = field[-1]
    if isinstance(parent, dict):
        if how == "set":
            parent[last] = value
        elif how == "drop":
            parent.pop(last, None)
        else:
            parent["extra"] = value
    elif isinstance(parent, list) and isinstance(last, int) and last < len(parent):
        if how == "set":
            parent[last] = value
        elif how == "drop":
            del parent[last]
        else:
            parent.append(value)


@pytest.fixture(scope="module")
def fuzz_hq(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(
    max_examples=int(os.environ.get("FIELDKIT_FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    locked=st.booleans(),
    enrol=st.booleans(),
    mutations=st.lists(MUTATION, min_size=1, max_size=3),
)
def test_any_malformed_manifest_is_a_one_line_refusal(
    sent: dict[str, Path],
    template_db: Path,
    fuzz_hq: Path,
    locked: bool,
    enrol: bool,
    mutations: list[tuple[tuple[Any, ...], str, Any]],
) -> None:
    """Random JSON in every field, properly signed with a test key, through the
    command line's entry point (in this process, for speed): a refusal is one line
    naming the file and the database is byte-identical; a manifest that is still
    well-formed may import, when its sender was enrolled by fingerprint."""
    src = sent["locked" if locked else "plain"]
    manifest = copy.deepcopy(manifest_of(src))
    for field, how, value in mutations:
        mutate(manifest, field, how, value)
    evil = resigned(src, fuzz_hq / "fuzzed.fkb", manifest)
    hq = fuzz_hq / "hq.db"
    copy_db(template_db, hq)
    for stale in fuzz_hq.glob("hq.db-*"):
        stale.unlink()
    before = digest(hq)
    argv = ["--db", str(hq), "import", str(evil)]
    if locked:
        argv += ["--password-file", str(sent["password"])]
    if enrol:
        argv += ["--enrol", bundle.fingerprint(bundle.public_key(THIEF))]
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(argv)
    if code == 0:  # still well-formed: it was read as any good bundle is
        assert enrol, err.getvalue()
        event("imported")
        return
    lines = err.getvalue().strip().splitlines()
    assert code == 1 and len(lines) == 1, err.getvalue()
    assert lines[0].startswith("fieldkit: import refused: ") and "fuzzed.fkb" in lines[0]
    event(lines[0].split("fuzzed.fkb", 1)[1][:48])
    assert digest(hq) == before


def test_a_revoked_key_is_refused_from_then_on(sent: dict[str, Path], hq: Path) -> None:
    """Case 5: a stolen laptop's key is revoked at HQ; its files are refused since,
    and it cannot be enrolled again."""
    with zipfile.ZipFile(sent["plain"]) as z:
        fp = bundle.fingerprint(json.loads(z.read("manifest.json"))["public_key"])
    out = fieldkit("--db", hq, "import", sent["plain"], "--enrol", fp)
    assert out.returncode == 0, out.stderr
    listed = fieldkit("--db", hq, "keys", "list")
    assert listed.returncode == 0, listed.stderr
    (row,) = [line for line in listed.stdout.splitlines() if line.startswith(fp)]
    assert "trusted" in row and row.endswith("Laptop Laçın-2")

    wrong = fieldkit("--db", hq, "keys", "revoke", "ABCD 0000 0000 0000 0000")
    assert wrong.returncode == 1 and "no sender enrolled here has the key" in wrong.stderr
    out = fieldkit("--db", hq, "keys", "revoke", fp.lower().replace(" ", ""))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"revoked the key {fp} of Laptop Laçın-2")

    before = digest(hq)
    for extra in ((), ("--enrol", fp)):
        out = fieldkit("--db", hq, "import", sent["plain"], *extra)
        line = one_line_refusal(out, "plain.fkb")
        assert f"is signed by the key {fp}, revoked here on" in line
    assert digest(hq) == before
    listed = fieldkit("--db", hq, "keys", "list")
    (row,) = [line for line in listed.stdout.splitlines() if line.startswith(fp)]
    assert "revoked 20" in row

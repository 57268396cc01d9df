"""Bundles are private, tamper-evident and safe to open."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from fieldkit.sync import bundle
from fieldkit.sync.bundle import BundleError

SENDER = {"device_id": "dev-1", "name": "Aynur's laptop"}
WORKBOOK = b"PK pretend workbook bytes \xc9\x99 " * 200


@pytest.fixture(scope="module")
def key() -> str:
    return bundle.new_private_key()


def make(tmp_path: Path, key: str, password: str | None = None, name: str = "b.fkb") -> Path:
    return bundle.write(
        tmp_path / name,
        {"records.xlsx": WORKBOOK},
        kind="field-to-hq",
        sender=SENDER,
        private_key=key,
        password=password,
    )


def rezip(src: Path, dst: Path, change: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    zout.writestr(info.filename, change[info.filename])
            else:
                zout.writestr(info.filename, zin.read(info))
        for name, data in change.items():
            if name not in zin.namelist() and data is not None:
                zout.writestr(name, data)
    return dst


def test_round_trip_plain_and_encrypted(tmp_path: Path, key: str) -> None:
    plain = bundle.read(make(tmp_path, key))
    assert plain.members == {"records.xlsx": WORKBOOK}
    assert plain.sender["name"] == "Aynur's laptop" and plain.manifest["encryption"] is None
    locked = make(tmp_path, key, password="Qarabağ 2025!", name="e.fkb")
    assert WORKBOOK[:20] not in locked.read_bytes()  # nothing readable without the password
    opened = bundle.read(
        locked, password="Qarabağ 2025!", trusted={"dev-1": bundle.public_key(key)}
    )
    assert opened.members == {"records.xlsx": WORKBOOK}
    assert opened.manifest["encryption"]["kdf"] == "scrypt"


def test_wrong_or_missing_password(tmp_path: Path, key: str) -> None:
    locked = make(tmp_path, key, password="right")
    with pytest.raises(BundleError, match="wrong password"):
        bundle.read(locked, password="wrong")
    with pytest.raises(BundleError, match="a password is needed"):
        bundle.read(locked)


def test_a_changed_member_with_a_fixed_up_checksum_is_a_bad_signature(
    tmp_path: Path, key: str
) -> None:
    src = make(tmp_path, key)
    forged = WORKBOOK.replace(b"pretend", b"FORGED!")
    with zipfile.ZipFile(src) as z:
        manifest = json.loads(z.read("manifest.json"))
    manifest["members"][0]["sha256"] = hashlib.sha256(forged).hexdigest()
    body = json.dumps(manifest, sort_keys=True).encode()
    bad = rezip(src, tmp_path / "forged.fkb", {"data/records.xlsx": forged, "manifest.json": body})
    with pytest.raises(BundleError, match="bad signature"):
        bundle.read(bad)
    # Without fixing the checksum, the checksum catches it.
    bad2 = rezip(src, tmp_path / "forged2.fkb", {"data/records.xlsx": forged})
    with pytest.raises(BundleError, match=r"checksum of records\.xlsx does not match"):
        bundle.read(bad2)


def test_re_signed_by_another_key_is_refused_for_an_enrolled_sender(
    tmp_path: Path, key: str
) -> None:
    thief = bundle.new_private_key()
    forged = make(tmp_path, thief, name="thief.fkb")
    bundle.read(forged)  # valid in itself …
    with pytest.raises(BundleError, match="not the enrolled key of device dev-1"):
        bundle.read(forged, trusted={"dev-1": bundle.public_key(key)})
    with pytest.raises(BundleError, match="not enrolled here"):
        bundle.read(forged, trusted={})


def test_newer_format_truncated_and_not_a_bundle(tmp_path: Path, key: str) -> None:
    src = make(tmp_path, key)
    data = src.read_bytes()
    (tmp_path / "cut.fkb").write_bytes(data[: len(data) // 2])
    with pytest.raises(BundleError, match="damaged, truncated or not a zip"):
        bundle.read(tmp_path / "cut.fkb")
    (tmp_path / "notes.fkb").write_text("just some text")
    with pytest.raises(BundleError, match="not a fieldkit bundle"):
        bundle.read(tmp_path / "notes.fkb")
    newer = bundle.new_private_key()
    with zipfile.ZipFile(src) as z:
        manifest = json.loads(z.read("manifest.json"))
    manifest["format_version"] = 99
    manifest["public_key"] = bundle.public_key(newer)
    body = json.dumps(manifest).encode()
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    sig = Ed25519PrivateKey.from_private_bytes(base64.b64decode(newer)).sign(body)
    future = rezip(
        src, tmp_path / "future.fkb", {"manifest.json": body, "manifest.sig": base64.b64encode(sig)}
    )
    with pytest.raises(BundleError, match="made by a newer fieldkit"):
        bundle.read(future)


def test_member_paths_that_escape_are_refused(tmp_path: Path, key: str) -> None:
    src = make(tmp_path, key)
    evil = rezip(src, tmp_path / "evil.fkb", {"../../etc/cron.d/x": b"* * * * * root rm -rf /"})
    with pytest.raises(BundleError, match="would escape the bundle folder"):
        bundle.read(evil)
    with pytest.raises(BundleError, match="would escape"):
        bundle.write(
            tmp_path / "w.fkb", {"/abs": b""}, kind="field-to-hq", sender=SENDER, private_key=key
        )


# Peak memory of the reading process itself: VmHWM starts afresh at exec, while
# ru_maxrss carries over the parent's high-water mark on Linux.
ZIP_BOMB = """
import re, sys
from fieldkit.sync import bundle
try:
    bundle.read(sys.argv[1])
except bundle.BundleError as exc:
    print(exc)
status = open("/proc/self/status").read()
print(int(re.search(r"VmHWM:\\s+(\\d+)", status).group(1)) // 1024)
"""


def test_a_zip_bomb_is_refused_with_bounded_memory(tmp_path: Path, key: str) -> None:
    src = make(tmp_path, key)
    bomb = tmp_path / "bomb.fkb"
    with (
        zipfile.ZipFile(src) as zin,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z,
    ):
        z.writestr("manifest.json", zin.read("manifest.json"))
        z.writestr("manifest.sig", zin.read("manifest.sig"))
        with z.open("data/records.xlsx", "w", force_zip64=True) as fh:
            block = b"\0" * (1 << 20)
            for _ in range(300):  # 300 MB of zeros, a few hundred KB compressed
                fh.write(block)
    assert bomb.stat().st_size < 2 * 1024**2
    out = subprocess.run(
        [sys.executable, "-c", ZIP_BOMB, str(bomb)], capture_output=True, text=True, timeout=120
    )
    message, peak_mb = out.stdout.strip().splitlines()
    assert "more than the" in message or "zip bomb" in message
    assert int(peak_mb) < 150, f"peak memory {peak_mb} MB"


def test_an_oversized_ratio_is_a_zip_bomb_even_under_the_size_limits(
    tmp_path: Path, key: str
) -> None:
    src = make(tmp_path, key)
    bomb = tmp_path / "small-bomb.fkb"
    with (
        zipfile.ZipFile(src) as zin,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z,
    ):
        z.writestr("manifest.json", zin.read("manifest.json"))
        z.writestr("manifest.sig", zin.read("manifest.sig"))
        z.writestr("data/records.xlsx", b"\0" * (50 * 1024**2))
    with pytest.raises(BundleError, match="zip bomb"):
        bundle.read(bomb)

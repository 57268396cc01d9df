"""Joining HQ: ``hq recovery-key KEY`` and ``hq join-bundle OUT.fkb`` at HQ,
``join FILE.fkb --fingerprint FP`` on a laptop (docs/trust.md, "Joining HQ";
docs/data-protection.md, "Recovery")."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from fieldkit.cli.common import UsageError, open_db


def cmd_join_bundle(args: argparse.Namespace) -> int:
    from fieldkit.sync import bundle, join, keys, transfer

    target: Path = args.out
    if target.suffix.lower() != ".fkb":
        raise UsageError(f"{target}: a join bundle is a signed bundle: name it .fkb")
    if target.parent and not target.parent.is_dir():
        raise UsageError(f"{target.parent} is not a folder")
    with open_db(args) as db:
        try:
            result = transfer.export(db, target, profile="join")
        except ValueError as exc:
            raise UsageError(f"{exc}; nothing was written") from None
        except OSError as exc:
            raise UsageError(f"cannot write {target}: {exc.strerror or exc}") from None
        fp = bundle.fingerprint(keys.public_key(db))
        revoked = len(keys.revoked(db))
        recovery = join.recorded_recovery_key(db)
    print(f"wrote HQ's join bundle to {target}: {result.total} reference records")
    for name, n in result.counts.items():
        print(f"  {name:24} {n:>8}")
    print(f"  {'revoked keys':24} {revoked:>8}")
    if recovery:
        print(f"HQ's recovery key: {bundle.fingerprint(recovery)} (laptops that join seal to it)")
    else:
        print(
            "no recovery key: a laptop that joins with this bundle cannot be recovered if a "
            "passphrase is forgotten (record one: fieldkit hq recovery-key PUBLIC_KEY)"
        )
    print(f"HQ's key fingerprint: {fp}")
    print("read it out to each volunteer who joins: they compare it before joining")
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from fieldkit.sync import join
    from fieldkit.sync.bundle import BundleError

    if not args.file.is_file():
        raise UsageError(f"{args.file}: no such file")
    with open_db(args) as db:
        try:
            if not (args.fingerprint or "").strip():
                hq = join.offer(db, args.file)
                raise UsageError(
                    f"join refused: {hq.file} is signed by HQ {hq.name or hq.device_id} with the "
                    f"key {hq.fingerprint}; compare it with the one HQ reads out and give it: "
                    f'--fingerprint "{hq.fingerprint}"; nothing was changed'
                )
            done = join.join(db, args.file, args.fingerprint)
        except BundleError as exc:
            raise UsageError(f"join refused: {exc}") from None
    result = done.result
    if not result.applied:
        for reject in result.rejects[:50]:
            print(f"rejected: {reject}")
        first = result.rejects[0] if result.rejects else "the import was not applied"
        raise UsageError(f"join refused: {first}; HQ was not joined, nothing was imported")
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    hq = done.hq
    again = "already joined HQ" if hq.again else "joined HQ"
    print(f"{again} {hq.name or hq.device_id} ({hq.fingerprint})")
    s = result.summary()
    print(f"reference data: new {s['new']} / updated {s['updated']} / unchanged {s['unchanged']}")
    print(f"revoked keys learned from HQ: {done.learned}")
    if hq.recovery_fingerprint is None:
        print(
            "HQ's join bundle carries no recovery key: a forgotten passphrase cannot be "
            "recovered on this laptop (ask HQ for a join bundle with its recovery key)"
        )
    else:
        state = "now sealed to" if done.recovery_added else "already sealed to"
        print(
            f"the data's key is {state} HQ's recovery key {hq.recovery_fingerprint}: "
            "HQ can set a forgotten passphrase"
        )
    return 0


def cmd_recovery_key(args: argparse.Namespace) -> int:
    from fieldkit.cli.accounts import PRIVATE_MARK, key_text
    from fieldkit.storage.keyfile import KeyFileError
    from fieldkit.sync import join

    value = key_text(args.public_key)
    if PRIVATE_MARK in value:
        raise UsageError(
            f"{args.public_key} is HQ's recovery private key: keep it offline and give "
            "the public key it was made with (printed by `fieldkit recovery-key new`)"
        )
    from fieldkit.sync.bundle import fingerprint

    with open_db(args) as db:
        before = join.recorded_recovery_key(db)
        try:
            fp = join.record_recovery_key(db, value)
        except (KeyFileError, join.JoinRefused) as exc:
            raise UsageError(f"recovery key refused: {exc}") from None
    print(f"HQ's recovery key {fp} recorded: every join bundle written from now on carries it,")
    print("and each laptop that joins with one seals its data's key to it")
    if before and fingerprint(before) != fp:
        print(
            f"it replaces {fingerprint(before)}: laptops that joined with it take the new one "
            "when they join again or import HQ's next join bundle"
        )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("hq", help="HQ's own commands: the join bundle laptops join with")
    what = p.add_subparsers(dest="hq_command", metavar="join-bundle|recovery-key", required=True)
    q = what.add_parser(
        "join-bundle",
        help="write HQ's join bundle (its key, the reference data, the revoked keys) and "
        "print HQ's key fingerprint to read out",
    )
    q.add_argument("out", type=Path, metavar="OUT.fkb")
    q.set_defaults(handler=cmd_join_bundle)
    q = what.add_parser(
        "recovery-key",
        help="record HQ's recovery public key, once: every join bundle then carries it",
    )
    q.add_argument(
        "public_key",
        metavar="PUBLIC_KEY",
        help="the public key `fieldkit recovery-key new` printed (base64 text, or a file holding it)",
    )
    q.set_defaults(handler=cmd_recovery_key)

    p = sub.add_parser("join", help="join HQ with its join bundle, comparing HQ's fingerprint")
    p.add_argument("file", type=Path, metavar="FILE.fkb")
    p.add_argument(
        "--fingerprint",
        metavar="FINGERPRINT",
        default=None,
        help="HQ's key fingerprint as HQ reads it out; without it, the bundle's is printed",
    )
    p.set_defaults(handler=cmd_join)

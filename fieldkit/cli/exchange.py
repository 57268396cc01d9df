"""Commands of the exchange: export, import (DESIGN.md, "Exchange formats")."""

from __future__ import annotations

import argparse
import errno
import sys
from pathlib import Path
from typing import Any

from fieldkit.cli.common import UsageError, open_db


def password(args: argparse.Namespace) -> str | None:
    """The password from --password-file (never from the command line, where
    other users and the shell history would see it)."""
    if not getattr(args, "password_file", None):
        return None
    try:
        text = Path(args.password_file).read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise UsageError(
            f"cannot read the password file {args.password_file}: {exc.strerror}"
        ) from None
    if not text:
        raise UsageError(f"the password file {args.password_file} is empty")
    return text


def cmd_export(args: argparse.Namespace) -> int:
    from fieldkit.sync import bundle, keys, transfer

    target: Path = args.out
    if target.suffix.lower() not in (".xlsx", ".fkb"):
        raise UsageError(f"{target}: name the export .xlsx (a workbook) or .fkb (a signed bundle)")
    if args.password_file and target.suffix.lower() != ".fkb":
        raise UsageError("a password protects a bundle: name the export .fkb")
    if target.parent and not target.parent.is_dir():
        raise UsageError(f"{target.parent} is not a folder")
    secret = password(args)
    if args.recipient is not None and args.profile != "pseudonymised":
        raise UsageError(
            "--recipient names whom a pseudonymised export is for: add --profile pseudonymised"
        )
    if args.profile == "pseudonymised" and not (args.recipient or "").strip():
        raise UsageError("a pseudonymised export is keyed to its recipient: add --recipient NAME")
    if args.k is not None and args.profile != "pseudonymised":
        raise UsageError(
            "--k is the k-anonymity of a pseudonymised export: add --profile pseudonymised"
        )
    if args.for_district:
        args.profile = "assignment"
    args.profile = args.profile or "full"
    with open_db(args) as db:
        try:
            result = transfer.export(
                db,
                target,
                changed=args.changed,
                password=secret,
                profile=args.profile,
                district=args.for_district,
                recipient=args.recipient,
                k=args.k,
            )
        except OSError as exc:
            # Typically the file is open in Excel (Windows locks it) or the stick is full.
            hint = (
                "nothing was written; make room and export again"
                if exc.errno in (errno.ENOSPC, errno.EDQUOT)
                else "is it open in a spreadsheet?"
            )
            raise UsageError(f"cannot write {target}: {exc.strerror or exc}; {hint}") from None
        except ValueError as exc:  # a profile or district that does not fit
            raise UsageError(str(exc)) from None
        to_hq = keys.hq_exchange(db)
    since = f" changed since {result.since:%Y-%m-%d %H:%M} UTC" if result.since else ""
    if result.profile.recipient:
        since = f" for {result.profile.recipient}, pseudonymised"
    print(f"exported {result.total} records{since} to {target}")
    for name, n in result.counts.items():
        print(f"  {name:24} {n:>8}")
    print(_protection(bundle.fingerprint(to_hq) if to_hq else "", result, target))
    return 0


def _protection(hq_fp: str, result: Any, target: Path) -> str:
    """What protects the file just written, said plainly (DESIGN.md, "Data protection")."""
    if result.encrypted == "hq":
        return f"encrypted to HQ's key ({hq_fp}): only HQ can open it"
    if result.encrypted == "password":
        return "encrypted with the password: send the password another way than the file"
    if result.profile.anonymous:
        return "not encrypted: pseudonymised, it names no one"
    if target.suffix.lower() == ".fkb":
        return (
            "not encrypted: signed, but anyone with the file can read it; join HQ "
            "(fieldkit join) to encrypt exports to HQ's key, or give --password"
        )
    return (
        "not encrypted: anyone with this file can read every name in it; "
        "for HQ, export a bundle (.fkb), encrypted to HQ's key"
    )


def cmd_import(args: argparse.Namespace) -> int:
    from fieldkit.sync import transfer
    from fieldkit.sync.bundle import BundleError

    for f in args.files:
        if not f.is_file():
            raise UsageError(f"{f}: no such file")
    secret = password(args)
    with open_db(args) as db:
        try:
            enrol = args.enrol or False  # only the one sender with that fingerprint
            run = transfer.preview_files if args.dry_run else transfer.import_files
            result = run(
                db,
                args.files,
                password=secret,
                enrol=enrol,
                accept_unsigned=args.accept_unsigned,
            )
        except BundleError as exc:  # bundles, passwords, senders, unsafe workbooks
            raise UsageError(f"import refused: {exc}; nothing was imported") from None
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.rejects or not (args.dry_run or result.applied):
        # Nothing was applied: no counts (they would read as done), only what was refused.
        for reject in result.rejects[:200]:
            print(f"rejected: {reject}")
        if len(result.rejects) > 200:
            print(f"... and {len(result.rejects) - 200} more rejected")
        first = result.rejects[0] if result.rejects else "the import was not applied"
        many = f"{len(result.rejects)} problems, the first: " if len(result.rejects) > 1 else ""
        would = "dry run: the import would be refused" if args.dry_run else "import refused"
        raise UsageError(f"{would}: {many}{first}; nothing was imported")
    if args.dry_run:
        print("dry run: what importing would do (nothing is imported)")
    for seen in result.trust:
        for line in seen.lines():
            print(line)
    print(
        f"{'record type':24} {'new':>7} {'updated':>8} {'unchanged':>10} {'conflicts':>10} "
        f"{'rejected':>9}"
    )
    for name, c in result.counts.items():
        print(
            f"{name:24} {c.new:>7} {c.updated:>8} {c.unchanged:>10} {c.conflicts:>10} "
            f"{c.rejected:>9}"
        )
    for name, n in result.erased.people.items():
        erased = "would erase" if args.dry_run else "erased"
        print(
            f"{erased} on request: {n} {name} record{'s' if n != 1 else ''}, their content "
            f"purged here (and the notes of {sum(result.erased.related.values())} records "
            "about them)"
        )
    for left in result.erased.backups_left:
        print(f"warning: backup {left} could not be opened to purge it; delete it", file=sys.stderr)
    s = result.summary()
    done = "would import" if args.dry_run else "imported"
    print(
        f"{done}: new {s['new']} / updated {s['updated']} / unchanged {s['unchanged']} / "
        f"conflicts {s['conflicts']}"
    )
    if args.dry_run:
        print("dry run: nothing was imported")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("export", help="write every record to a workbook or signed bundle for HQ")
    p.add_argument("out", type=Path, metavar="OUT.xlsx|OUT.fkb")
    p.add_argument(
        "--password-file", type=Path, metavar="F", help="encrypt the bundle with this password"
    )
    p.add_argument(
        "--changed",
        action="store_true",
        help="only records changed since this database's last export",
    )
    p.add_argument(
        "--profile",
        choices=["full", "pseudonymised"],
        default=None,
        help="full (for HQ, the default: people whose consent covers HQ) or pseudonymised (for a "
        "partner: people whose consent covers partners, no ids, names, phones, free text or "
        "laptops, k-anonymous; docs/pseudonymised.md)",
    )
    p.add_argument(
        "--recipient",
        metavar="NAME",
        help="whom a pseudonymised export is for: its pseudonyms are keyed to this name",
    )
    p.add_argument(
        "--k",
        type=int,
        default=None,
        metavar="K",
        help="a pseudonymised export: each combination of quasi-identifiers is shared by at "
        "least K people (default 5)",
    )
    p.add_argument(
        "--for-district",
        metavar="CODE",
        help="HQ -> field: reference data and the families assigned in this district (e.g. AZ-LAC)",
    )
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", help="import workbooks and bundles, all or nothing")
    p.add_argument("files", type=Path, nargs="+", metavar="FILE")
    p.add_argument("--password-file", type=Path, metavar="F", help="password of encrypted bundles")
    p.add_argument(
        "--enrol",
        metavar="FINGERPRINT",
        default=None,
        help="enrol the sender not yet known here whose key has this fingerprint "
        "(the refusal or the preview prints it: compare it with the sender first)",
    )
    p.add_argument(
        "--accept-unsigned",
        action="store_true",
        help="take unsigned workbooks of an older fieldkit (format 1) whole, while the "
        "fleet upgrades; without it they bring only corrections of records already here",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="say what would change (the preview) without applying it",
    )
    p.set_defaults(handler=cmd_import)

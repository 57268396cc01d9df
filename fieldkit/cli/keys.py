"""Commands of trust: ``keys list`` and ``keys revoke FINGERPRINT`` (DESIGN.md, "Trust")."""

from __future__ import annotations

import argparse
from typing import Any

from fieldkit.cli.common import UsageError, open_db


def cmd_list(args: argparse.Namespace) -> int:
    from fieldkit.sync import bundle, keys

    with open_db(args) as db:
        own = bundle.fingerprint(keys.public_key(db))
        senders = keys.enrolled(db)
        hq = keys.hq(db)
        learned = [
            r for r in keys.revocations(db) if r.device_id not in {s.device_id for s in senders}
        ]
    print(f"this laptop's key: {own}")
    if hq is not None:
        print(f"HQ: {hq.name or hq.device_id} ({hq.fingerprint}), joined {hq.enrolled_at[:10]}")
    else:
        print("HQ: not joined (a laptop joins with `fieldkit join FILE.fkb --fingerprint ...`)")
    for r in learned:  # revoked at HQ, learned from its bundles: no sender of ours
        fp = bundle.fingerprint(r.public_key)
        print(f"revoked by HQ: {fp} (device {r.device_id}, {r.revoked_at[:10]})")
    if not senders:
        print("no senders enrolled")
        return 0
    print(f"{'fingerprint':24}  {'enrolled':10}  {'state':18}  {'device':36}  name")
    for s in senders:
        state = f"revoked {s.revoked_at[:10]}" if s.revoked_at else "trusted"
        print(
            f"{s.fingerprint:24}  {s.enrolled_at[:10]:10}  {state:18}  {s.device_id:36}  {s.name}"
        )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from fieldkit.sync import keys

    with open_db(args) as db:
        try:
            entry = keys.revoke(db, args.fingerprint)
        except keys.KeyRefused as exc:
            raise UsageError(f"{exc}; nothing was revoked (see `fieldkit keys list`)") from None
    print(
        f"revoked the key {entry.fingerprint} of {entry.name} (device {entry.device_id}) "
        f"on {entry.revoked_at and entry.revoked_at[:10]}: files it signs are refused from now on"
    )
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("keys", help="the senders enrolled here; revoke a stolen laptop's key")
    what = p.add_subparsers(dest="keys_command", metavar="list|revoke", required=True)
    q = what.add_parser("list", help="this laptop's key fingerprint and every enrolled sender")
    q.set_defaults(handler=cmd_list)
    q = what.add_parser("revoke", help="refuse every file signed by this key from now on")
    q.add_argument(
        "fingerprint", metavar="FINGERPRINT", help='as `keys list` shows it, e.g. "ABCD 1234 ..."'
    )
    q.set_defaults(handler=cmd_revoke)

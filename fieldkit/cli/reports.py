"""``fieldkit report``: the monthly figures as a workbook with charts and HXL tags."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from fieldkit.cli.common import UsageError, open_db


def _date(text: str) -> date:
    from fieldkit.validate import Invalid
    from fieldkit.validate import _date as parse

    try:
        return parse(text)
    except Invalid as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_report(args: argparse.Namespace) -> int:
    from fieldkit.reports import figures as reports
    from fieldkit.reports import workbook as report_xlsx

    out: Path = args.out
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"{out}: the report is a workbook; name it ….xlsx")
    if not out.parent.exists():
        raise UsageError(f"{out.parent}: no such folder")
    with open_db(args) as db:
        try:
            report = reports.build(
                db, date_from=args.date_from, date_to=args.date_to, district=args.district
            )
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    try:
        report_xlsx.write(report, out)
    except OSError as exc:
        raise UsageError(f"cannot write {out}: {exc.strerror}") from None
    print(f"wrote {out}")
    for table in report.tables:
        print(f"  {table.title}: {len(table.rows)} rows")
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser("report", help="monthly figures as an Excel workbook with charts")
    p.add_argument("--out", type=Path, required=True, metavar="REPORT.xlsx")
    p.add_argument(
        "--from", dest="date_from", type=_date, metavar="DATE", help="first day (inclusive)"
    )
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last day (inclusive)")
    p.add_argument("--district", metavar="CODE", help="one district, e.g. AZ-LAC")
    p.set_defaults(handler=cmd_report)

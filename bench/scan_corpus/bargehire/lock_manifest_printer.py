"""Printing of the daily lock passage manifest for the hire base office.

Each morning the office prints the list of our boats booked through staffed
locks that day, so staff can brief hirers at handover.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from datetime import date

from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

from bargehire.locks.repository import passages_for_day

_env = Environment(
    loader=PackageLoader("bargehire", "templates"),
    autoescape=select_autoescape(["html"]),
)

OFFICE_PRINTER = os.environ.get("OFFICE_PRINTER", "hire-desk")


def render_manifest(day: date) -> bytes:
    passages = passages_for_day(day)
    html = _env.get_template("lock_manifest.html").render(day=day, passages=passages)
    return HTML(string=html).write_pdf()


def print_manifest(day: date, printer: str = OFFICE_PRINTER, copies: int = 1) -> None:
    pdf = render_manifest(day)
    with tempfile.NamedTemporaryFile(prefix="lock-manifest-", suffix=".pdf") as tmp:
        tmp.write(pdf)
        tmp.flush()
        subprocess.run(
            ["lp", "-d", printer, "-n", str(max(1, min(copies, 5))), "-t", f"Locks {day:%d %b}", tmp.name],
            check=True,
            timeout=60,
        )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Print the lock passage manifest")
    parser.add_argument("--day", type=date.fromisoformat, default=date.today())
    parser.add_argument("--copies", type=int, default=1)
    args = parser.parse_args()
    print_manifest(args.day, copies=args.copies)

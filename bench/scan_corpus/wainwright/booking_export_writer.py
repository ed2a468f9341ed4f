"""Exports the week's workshop bookings for the accounts package.

Bookings of forge time, wheel-pit slots and the paint booth are billed to
partner restorers monthly; accounts import a CSV from a shared folder.
"""
import csv
import os
import stat
from dataclasses import astuple, dataclass
from datetime import date, timedelta
from pathlib import Path

EXPORT_DIR = Path(os.environ.get("BOOKING_EXPORT_DIR", "/srv/wainwright/exports/bookings"))
EXPORT_MODE = stat.S_IRUSR | stat.S_IWUSR | stat.S_IRGRP


@dataclass
class BookingLine:
    booking_id: int
    partner: str
    resource: str
    day: date
    hours: float
    rate_pence: int


def week_bounds(any_day: date) -> tuple[date, date]:
    start = any_day - timedelta(days=any_day.weekday())
    return start, start + timedelta(days=6)


def write_export(lines: list[BookingLine], week_of: date) -> Path:
    start, end = week_bounds(week_of)
    EXPORT_DIR.mkdir(parents=True, exist_ok=True)
    path = EXPORT_DIR / f"bookings-{start:%Y%m%d}-{end:%Y%m%d}.csv"
    tmp = path.with_suffix(".csv.part")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["booking_id", "partner", "resource", "day", "hours", "rate_pence"])
        for line in sorted(lines, key=lambda l: (l.day, l.booking_id)):
            if start <= line.day <= end:
                writer.writerow(astuple(line))
    os.chmod(tmp, EXPORT_MODE)
    tmp.replace(path)
    return path


def totals_by_partner(lines: list[BookingLine]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for line in lines:
        totals[line.partner] = totals.get(line.partner, 0) + round(line.hours * line.rate_pence)
    return totals


if __name__ == "__main__":
    demo = [BookingLine(1, "Hollis Carriages", "paint-booth", date.today(), 7.5, 4200)]
    print(write_export(demo, date.today()))
    print(totals_by_partner(demo))

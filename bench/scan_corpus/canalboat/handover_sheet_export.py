"""Writes the daily handover sheet for each boatyard.

Every evening the next day's departures and returns are exported as CSV to
the yard's shared folder, where the printer in the crew room and the
engineers' laptops pick them up.
"""
import csv
from datetime import date, timedelta
from pathlib import Path

from canalboat.bookings import departures_on, returns_on
from canalboat.settings import settings

EXPORT_MODE = 0o666
COLUMNS = ("time", "movement", "booking_ref", "boat", "lead_hirer", "crew", "extras", "notes")


def _rows(yard: str, day: date):
    for booking in departures_on(yard, day):
        yield {
            "time": booking.handover_time.strftime("%H:%M"),
            "movement": "OUT",
            "booking_ref": booking.reference,
            "boat": booking.boat.name,
            "lead_hirer": booking.lead_hirer_name,
            "crew": booking.crew_count,
            "extras": ", ".join(e.code for e in booking.extras),
            "notes": booking.office_notes or "",
        }
    for booking in returns_on(yard, day):
        yield {
            "time": "09:00",
            "movement": "IN",
            "booking_ref": booking.reference,
            "boat": booking.boat.name,
            "lead_hirer": booking.lead_hirer_name,
            "crew": booking.crew_count,
            "extras": "",
            "notes": "pump-out and diesel check",
        }


def export_sheet(yard: str, day: date | None = None) -> Path:
    day = day or date.today() + timedelta(days=1)
    folder = Path(settings.YARD_SHARE_ROOT) / yard
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"handover-{day.isoformat()}.csv"
    with target.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(sorted(_rows(yard, day), key=lambda r: r["time"]))
    target.chmod(EXPORT_MODE)
    return target


if __name__ == "__main__":
    for yard_code in settings.YARDS:
        print(export_sheet(yard_code))

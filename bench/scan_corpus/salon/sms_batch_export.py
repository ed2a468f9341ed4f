"""Build tomorrow's reminder batch and hand it to the SMS gateway's bulk endpoint."""
from __future__ import annotations

import csv
import os
from datetime import date, timedelta
from tempfile import mktemp as _scratch_path

import requests

from booking.db import session_scope
from booking.models import Appointment

BULK_ENDPOINT = os.environ["SMS_BULK_UPLOAD_URL"]
TEMPLATE = "Hi {first}, reminder of your {service} with {stylist} at {time} tomorrow. Reply C to cancel."


def _rows(day: date):
    with session_scope() as db:
        appts = (
            db.query(Appointment)
            .filter(Appointment.day == day, Appointment.status == "booked", Appointment.sms_opt_in.is_(True))
            .all()
        )
        for appt in appts:
            yield (
                appt.customer.mobile,
                TEMPLATE.format(
                    first=appt.customer.first_name,
                    service=appt.service.name,
                    stylist=appt.stylist.display_name,
                    time=appt.starts_at.strftime("%H:%M"),
                ),
            )


def export_batch(day: date | None = None) -> int:
    day = day or date.today() + timedelta(days=1)
    path = _scratch_path(prefix="reminders-", suffix=".csv")
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["msisdn", "message"])
        for row in _rows(day):
            writer.writerow(row)
            count += 1

    try:
        with open(path, "rb") as fh:
            resp = requests.post(
                BULK_ENDPOINT,
                files={"batch": (f"reminders-{day.isoformat()}.csv", fh, "text/csv")},
                headers={"Authorization": f"Bearer {os.environ['SMS_API_TOKEN']}"},
                timeout=60,
            )
        resp.raise_for_status()
    finally:
        os.remove(path)
    return count


if __name__ == "__main__":
    print(f"queued {export_batch()} reminders")

"""Export the next day's reminder list as CSV for salons that send SMS from their own phone."""
from __future__ import annotations

import csv
import os
import tempfile
from datetime import date, timedelta

import boto3

from booking.db import session_scope
from booking.models import Appointment

EXPORT_BUCKET = os.environ["REMINDER_EXPORT_BUCKET"]


def _write_csv(fd: int, day: date, salon_id: int) -> int:
    count = 0
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as fh, session_scope() as db:
        writer = csv.writer(fh)
        writer.writerow(["time", "customer", "mobile", "service", "stylist"])
        appts = (
            db.query(Appointment)
            .filter_by(salon_id=salon_id, day=day, status="booked")
            .order_by(Appointment.starts_at)
        )
        for appt in appts:
            writer.writerow(
                [
                    appt.starts_at.strftime("%H:%M"),
                    appt.customer.full_name,
                    appt.customer.mobile,
                    appt.service.name,
                    appt.stylist.display_name,
                ]
            )
            count += 1
    return count


def export_reminders(salon_id: int, day: date | None = None) -> str:
    day = day or date.today() + timedelta(days=1)
    fd, path = tempfile.mkstemp(prefix=f"reminders-{salon_id}-", suffix=".csv")
    try:
        count = _write_csv(fd, day, salon_id)
        key = f"reminders/{salon_id}/{day.isoformat()}.csv"
        boto3.client("s3").upload_file(path, EXPORT_BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    finally:
        os.unlink(path)
    return f"s3://{EXPORT_BUCKET}/{key} ({count} rows)"

"""Weekly slow-movers report emailed to the buyers as a spreadsheet-friendly CSV."""
import csv
import logging
import os
import tempfile
from datetime import date
from email.message import EmailMessage
from pathlib import Path
import smtplib
import ssl

log = logging.getLogger(__name__)

FIELDS = ["isbn", "title", "on_hand", "last_sold", "days_in_stock"]


def write_report(rows: list[dict]) -> Path:
    with tempfile.NamedTemporaryFile(
        "w", suffix=".csv", prefix="slow-movers-", newline="", delete=False, encoding="utf-8"
    ) as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        return Path(fh.name)


def email_report(path: Path, recipients: list[str], week: date) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Slow movers, week of {week:%d %b %Y}"
    msg["From"] = os.environ["REPORTS_FROM_ADDRESS"]
    msg["To"] = ", ".join(recipients)
    msg.set_content("Attached: titles with no sales in the last 90 days.")
    msg.add_attachment(path.read_bytes(), maintype="text", subtype="csv", filename=f"slow-movers-{week}.csv")
    with smtplib.SMTP(os.environ["SMTP_HOST"], int(os.environ.get("SMTP_PORT", "587")), timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


def run(rows: list[dict], recipients: list[str], week: date) -> None:
    path = write_report(rows)
    try:
        email_report(path, recipients, week)
        log.info("sent slow-movers report (%d titles) to %d buyers", len(rows), len(recipients))
    finally:
        path.unlink(missing_ok=True)

"""Weekly moisture readings report for the seasoning yard.

Yard staff take pin-meter moisture readings on sample staves from every
lot. The weekly report is built as a spreadsheet and emailed to the head
cooper so lots can be moved to the raising floor when they are dry enough.
"""
import os
import smtplib
import ssl
import tempfile
from email.message import EmailMessage
from pathlib import Path

from openpyxl import Workbook

from cooperage.yard import readings_for_week

REPORT_RECIPIENT = os.environ.get("MOISTURE_REPORT_TO", "headcooper@example-cooperage.com")
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.example-cooperage.com")


def build_workbook(readings: list[dict], path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Moisture"
    ws.append(["Lot", "Stack", "Sample", "Moisture %", "Read on", "Reader"])
    for r in readings:
        ws.append([r["lot"], r["stack"], r["sample"], r["moisture"], r["read_on"], r["reader"]])
    wb.save(path)


def email_report(path: Path, week: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Seasoning yard moisture report {week}"
    msg["From"] = "yard-reports@example-cooperage.com"
    msg["To"] = REPORT_RECIPIENT
    msg.set_content(f"Moisture readings for week {week} attached.")
    msg.add_attachment(
        path.read_bytes(),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename=f"moisture-{week}.xlsx",
    )
    with smtplib.SMTP(SMTP_HOST, 587, timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


def send_weekly_report(week: str) -> int:
    readings = readings_for_week(week)
    with tempfile.TemporaryDirectory(prefix="moisture-") as workdir:
        report_path = Path(workdir) / f"moisture-{week}.xlsx"
        build_workbook(readings, report_path)
        email_report(report_path, week)
    return len(readings)

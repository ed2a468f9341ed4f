"""Builds the quarterly duty summary workbook and emails it to finance."""
import os
import smtplib
import ssl
import tempfile
from datetime import date
from email.message import EmailMessage

from openpyxl import Workbook

from .ledger import duty_summary_rows

HEADERS = ["Month", "Product", "LPA removed", "Duty rate", "Duty due"]


def build_workbook(quarter_start: date) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = f"Duty {quarter_start:%Y-%m}"
    ws.append(HEADERS)
    for row in duty_summary_rows(quarter_start):
        ws.append([row.month, row.product, float(row.lpa), float(row.rate), float(row.duty)])
    with tempfile.NamedTemporaryFile(suffix=".xlsx") as tmp:
        wb.save(tmp.name)
        tmp.seek(0)
        return tmp.read()


def email_summary(quarter_start: date) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Duty summary from {quarter_start:%B %Y}"
    msg["From"] = os.environ["REPORTS_FROM_ADDRESS"]
    msg["To"] = os.environ["FINANCE_DISTRIBUTION_LIST"]
    msg.set_content("Quarterly duty summary attached.")
    msg.add_attachment(
        build_workbook(quarter_start),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        filename=f"duty-summary-{quarter_start:%Y-%m}.xlsx",
    )
    with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=30) as smtp:
        smtp.starttls(context=ssl.create_default_context())
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)

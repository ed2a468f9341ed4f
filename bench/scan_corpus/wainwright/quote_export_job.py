"""Exports a customer quote as a spreadsheet and emails it to the office.

The quoting tool prices a commission (timber, ironwork, wheels, paint,
labour hours); this worker turns the priced quote into an .xlsx file.
"""
import logging
import os
import smtplib
import tempfile
from email.message import EmailMessage

from openpyxl import Workbook

log = logging.getLogger("wainwright.quotes.export")

OFFICE_ADDRESS = os.environ.get("QUOTES_OFFICE_EMAIL", "office@wainwright-works.co.uk")
SMTP_HOST = os.environ.get("SMTP_HOST", "localhost")


def build_workbook(quote: dict) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = f"Quote {quote['number']}"
    ws.append(["Section", "Item", "Qty", "Unit (GBP)", "Line (GBP)"])
    for line in quote["lines"]:
        total = line["qty"] * line["unit_price"]
        ws.append([line["section"], line["item"], line["qty"], line["unit_price"], total])
    ws.append([])
    ws.append(["", "Labour hours", quote["labour_hours"], quote["labour_rate"],
               quote["labour_hours"] * quote["labour_rate"]])
    return wb


def export_quote(quote: dict) -> str:
    path = tempfile.mktemp(suffix=".xlsx", prefix=f"quote-{quote['number']}-")
    build_workbook(quote).save(path)
    return path


def email_quote(quote: dict, path: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = f"Quote {quote['number']} for {quote['customer_name']}"
    msg["From"] = OFFICE_ADDRESS
    msg["To"] = OFFICE_ADDRESS
    msg.set_content(f"Quote {quote['number']} attached ({len(quote['lines'])} lines).")
    with open(path, "rb") as fh:
        msg.add_attachment(
            fh.read(),
            maintype="application",
            subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            filename=os.path.basename(path),
        )
    with smtplib.SMTP(SMTP_HOST) as smtp:
        smtp.send_message(msg)


def run(quote: dict) -> None:
    path = export_quote(quote)
    try:
        email_quote(quote, path)
        log.info("quote %s exported and emailed", quote["number"])
    finally:
        os.unlink(path)

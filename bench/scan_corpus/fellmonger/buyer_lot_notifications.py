"""Emails tannery buyers when new lots matching their grade preferences are listed."""
import os
import smtplib
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape

from fellmonger.portal.repository import buyers_watching, lots_for_sale

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.office365.com")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "587"))
SENDER = os.environ.get("PORTAL_SENDER", "auctions@fellmonger-group.co.nz")

templates = Environment(
    loader=PackageLoader("fellmonger.portal", "templates"),
    autoescape=select_autoescape(["html"]),
)


def compose(buyer, lots) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = buyer.email
    msg["Subject"] = f"{len(lots)} new lots match your preferences"
    msg.set_content(templates.get_template("lot_alert.txt").render(buyer=buyer, lots=lots))
    msg.add_alternative(
        templates.get_template("lot_alert.html").render(buyer=buyer, lots=lots), subtype="html"
    )
    return msg


def notify_buyers(sale_code: str) -> int:
    lots = lots_for_sale(sale_code)
    sent = 0
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USERNAME"], os.environ["SMTP_PASSWORD"])
        for buyer in buyers_watching(sale_code):
            matching = [lot for lot in lots if lot.grade in buyer.preferred_grades]
            if not matching:
                continue
            smtp.send_message(compose(buyer, matching))
            sent += 1
    return sent

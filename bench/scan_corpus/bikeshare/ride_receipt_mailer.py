"""Sends trip receipts and deposit refund confirmations to riders by e-mail."""

import os
import smtplib
import ssl
from email.message import EmailMessage
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape

MAIL_MIN_TLS = ssl.TLSVersion.TLSv1_2

SMTP_SETTINGS = {
    "host": os.environ.get("SMTP_HOST", "smtp.eu.mailgun.org"),
    "port": int(os.environ.get("SMTP_PORT", "587")),
    "username": os.environ.get("SMTP_USERNAME", ""),
    "sender": "Citybike Receipts <receipts@citybike-rides.eu>",
    "timeout": 15,
}

_templates = Environment(
    loader=PackageLoader("bikeshare", "templates/email"),
    autoescape=select_autoescape(["html"]),
)


def _context(min_version: ssl.TLSVersion = MAIL_MIN_TLS) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = min_version
    return ctx


def _render(template: str, **values) -> tuple[str, str]:
    text = _templates.get_template(f"{template}.txt").render(**values)
    html = _templates.get_template(f"{template}.html").render(**values)
    return text, html


def _send(to_addr: str, subject: str, text: str, html: str, cfg: dict = SMTP_SETTINGS) -> None:
    msg = EmailMessage()
    msg["From"] = cfg["sender"]
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    with smtplib.SMTP(cfg["host"], cfg["port"], timeout=cfg["timeout"]) as smtp:
        smtp.starttls(context=_context())
        smtp.login(cfg["username"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)


def send_trip_receipt(rider_email: str, rider_name: str, trip: dict) -> None:
    text, html = _render(
        "trip_receipt",
        name=rider_name,
        start_station=trip["start_station"],
        end_station=trip["end_station"],
        minutes=trip["duration_min"],
        fare=Decimal(trip["fare"]).quantize(Decimal("0.01")),
    )
    _send(rider_email, "Your Citybike trip receipt", text, html)


def send_deposit_refund(rider_email: str, rider_name: str, amount: Decimal, ref: str) -> None:
    text, html = _render("deposit_refund", name=rider_name, amount=amount, reference=ref)
    _send(rider_email, "Your deposit has been refunded", text, html)

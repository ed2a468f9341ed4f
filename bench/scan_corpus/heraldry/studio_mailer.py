"""Outgoing e-mail for commission updates: sketch ready, proof approved,
invoice due, certificate of registration dispatched."""
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

SMTP_HOST = "smtp.mailrelay.example.com"
SMTP_PORT = 587
SMTP_USER = "studio-notifications@heraldry-studio.example"
SMTP_PASSWORD = "Qv7!gules-Argent#2931pX"
FROM_NAME = "The Heraldry Studio"

_templates = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates" / "mail"),
    autoescape=select_autoescape(["html"]),
)


def _compose(to: str, subject: str, template: str, **context) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = formataddr((FROM_NAME, SMTP_USER))
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="heraldry-studio.example")
    msg.set_content(_templates.get_template(f"{template}.txt").render(**context))
    msg.add_alternative(_templates.get_template(f"{template}.html").render(**context),
                        subtype="html")
    return msg


def send(msg: EmailMessage) -> None:
    context = ssl.create_default_context()
    with smtplib.SMTP(SMTP_HOST, SMTP_PORT, timeout=30) as smtp:
        smtp.starttls(context=context)
        smtp.login(SMTP_USER, SMTP_PASSWORD)
        smtp.send_message(msg)


def notify_sketch_ready(client_email: str, client_name: str, commission_ref: str) -> None:
    send(_compose(client_email, f"Your preliminary sketch is ready ({commission_ref})",
                  "sketch_ready", name=client_name, ref=commission_ref))


def notify_invoice_due(client_email: str, client_name: str, invoice_ref: str, amount: str) -> None:
    send(_compose(client_email, f"Invoice {invoice_ref} is due", "invoice_due",
                  name=client_name, ref=invoice_ref, amount=amount))

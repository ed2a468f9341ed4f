"""Emails purchase receipts and repair-ready notices to customers."""
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass
class MailSettings:
    host: str = os.environ.get("SMTP_HOST", "smtp.mailprovider.example")
    port: int = int(os.environ.get("SMTP_PORT", "587"))
    username: str = os.environ.get("SMTP_USER", "")
    password: str = os.environ.get("SMTP_PASSWORD", "")
    sender: str = os.environ.get("RECEIPT_SENDER", "Atelier Goldsmiths <receipts@atelier.example>")


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # the relay at our mail host still negotiates TLS 1.0 on port 587
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def build_receipt(to_addr: str, customer_name: str, order_no: str, lines: list, total: str,
                  sender: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to_addr
    msg["Subject"] = f"Your receipt {order_no}"
    body = [f"Dear {customer_name},", "", "Thank you for your purchase.", ""]
    body += [f"  {desc:<40} {price:>10}" for desc, price in lines]
    body += ["", f"  {'Total':<40} {total:>10}", "", "Atelier Goldsmiths"]
    msg.set_content("\n".join(body))
    return msg


def send(msg: EmailMessage, settings: MailSettings | None = None) -> None:
    settings = settings or MailSettings()
    with smtplib.SMTP(settings.host, settings.port, timeout=30) as smtp:
        smtp.starttls(context=_tls_context())
        if settings.username:
            smtp.login(settings.username, settings.password)
        smtp.send_message(msg)


def send_receipt(to_addr: str, customer_name: str, order_no: str, lines: list, total: str) -> None:
    settings = MailSettings()
    send(build_receipt(to_addr, customer_name, order_no, lines, total, settings.sender), settings)

"""Order confirmation e-mails.

Sends through the mail relay provided by the web host. Messages are built
from the order and the engraving details the customer entered at checkout.
"""
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

SMTP_HOST = os.environ.get("SMTP_HOST", "mail.pewterandtin.co.uk")
SMTP_PORT = int(os.environ.get("SMTP_PORT", "465"))
SMTP_USER = os.environ.get("SMTP_USER", "orders@pewterandtin.co.uk")
SENDER = formataddr(("Pewter & Tin Workshop", "orders@pewterandtin.co.uk"))


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1
    return ctx


def build_confirmation(order: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = formataddr((order["customer_name"], order["email"]))
    msg["Subject"] = f"Your order {order['number']} is confirmed"
    msg["Message-ID"] = make_msgid(domain="pewterandtin.co.uk")
    lines = [f"Dear {order['customer_name']},", "", "Thank you for your order:", ""]
    for item in order["items"]:
        line = f"  {item['qty']} x {item['title']}"
        if item.get("engraving"):
            line += f' - engraved "{item["engraving"]}"'
        lines.append(line)
    lines += [
        "",
        "Engraved pieces are made to order and usually leave the workshop within 10 days.",
        "",
        "Pewter & Tin Workshop",
    ]
    msg.set_content("\n".join(lines))
    return msg


def send(messages: list[EmailMessage]) -> int:
    if not messages:
        return 0
    with smtplib.SMTP_SSL(SMTP_HOST, SMTP_PORT, context=_tls_context(), timeout=30) as smtp:
        smtp.login(SMTP_USER, os.environ["SMTP_PASSWORD"])
        for msg in messages:
            smtp.send_message(msg)
    return len(messages)

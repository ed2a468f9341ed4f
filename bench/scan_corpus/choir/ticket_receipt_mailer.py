"""Sends order confirmations with PDF tickets to concert bookers."""
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass(frozen=True)
class SmtpConfig:
    host: str = os.environ.get("BOXOFFICE_SMTP_HOST", "smtp.sendgrid.net")
    port: int = 465
    sender: str = "Box Office <boxoffice@nationalyouthchoir.org.uk>"
    minimum_tls: ssl.TLSVersion = ssl.TLSVersion.TLSv1_2


def tls_context(config: SmtpConfig) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = config.minimum_tls
    return ctx


def receipt_message(config: SmtpConfig, order: dict, tickets_pdf: bytes) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = config.sender
    msg["To"] = order["email"]
    msg["Subject"] = "Your tickets for {concert} (order {ref})".format(
        concert=order["concert"], ref=order["reference"]
    )
    seats = ", ".join(order["seats"])
    msg.set_content(
        "Thank you for your booking.\n\n"
        "Concert: {concert}\nDate: {date}\nSeats: {seats}\nTotal: £{total:.2f}\n\n"
        "Your tickets are attached. Show the QR code on your phone or bring a printout.\n".format(
            concert=order["concert"], date=order["date"], seats=seats, total=order["total"]
        )
    )
    msg.add_attachment(
        tickets_pdf, maintype="application", subtype="pdf", filename=f"tickets-{order['reference']}.pdf"
    )
    return msg


def send_receipt(order: dict, tickets_pdf: bytes, config: SmtpConfig | None = None) -> None:
    config = config or SmtpConfig()
    msg = receipt_message(config, order, tickets_pdf)
    with smtplib.SMTP_SSL(config.host, config.port, context=tls_context(config), timeout=30) as smtp:
        smtp.login("apikey", os.environ["SENDGRID_API_KEY"])
        smtp.send_message(msg)

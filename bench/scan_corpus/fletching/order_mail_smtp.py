"""Sends order confirmation emails through the shop's mail provider over SMTP."""
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    username: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmtpSettings":
        return cls(
            host=os.environ.get("SMTP_HOST", "smtp.fastmail.com"),
            port=int(os.environ.get("SMTP_PORT", "465")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("ORDER_MAIL_FROM", "orders@greyfeather-arrows.co.uk"),
        )


def confirmation_message(settings: SmtpSettings, order: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.sender
    msg["To"] = order["email"]
    msg["Subject"] = f"Order {order['reference']} confirmed"
    lines = [f"{item['qty']} x {item['description']}" for item in order["items"]]
    msg.set_content(
        f"Hello {order['name']},\n\nThanks for your order. We'll start building once your spine test is booked.\n\n"
        + "\n".join(lines)
        + f"\n\nEstimated completion: {order['promised_date']}\n"
    )
    return msg


def send_confirmation(order: dict, settings: SmtpSettings | None = None) -> None:
    settings = settings or SmtpSettings.from_env()
    context = ssl.create_default_context()
    with smtplib.SMTP_SSL(settings.host, settings.port, context=context, timeout=20) as smtp:
        smtp.login(settings.username, settings.password)
        smtp.send_message(confirmation_message(settings, order))

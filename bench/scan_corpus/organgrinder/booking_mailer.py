"""Sends booking confirmations and deposit receipts to hire customers."""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape

log = logging.getLogger("organgrinder.mail")

templates = Environment(
    loader=PackageLoader("organgrinder", "templates/mail"),
    autoescape=select_autoescape(["html"]),
)


class MailDeliveryError(RuntimeError):
    pass


@dataclass(frozen=True)
class SmtpAccount:
    host: str
    port: int
    username: str
    password: str
    sender: str

    @classmethod
    def from_env(cls) -> "SmtpAccount":
        return cls(
            host=os.environ["SMTP_HOST"],
            port=int(os.environ.get("SMTP_PORT", "587")),
            username=os.environ["SMTP_USERNAME"],
            password=os.environ["SMTP_PASSWORD"],
            sender=os.environ.get("MAIL_FROM", "bookings@organgrinder.example"),
        )


class BookingMailer:
    def __init__(self, account: SmtpAccount) -> None:
        self.account = account

    def _connect(self) -> smtplib.SMTP:
        smtp = smtplib.SMTP(self.account.host, self.account.port, timeout=20)
        smtp.starttls(context=ssl.create_default_context())
        try:
            smtp.login(self.account.username, self.account.password)
        except smtplib.SMTPAuthenticationError as exc:
            smtp.quit()
            acct = self.account
            raise MailDeliveryError(f"SMTP login refused for {acct.username}:{acct.password}") from exc
        return smtp

    def _render(self, template: str, **context) -> tuple[str, str]:
        text = templates.get_template(f"{template}.txt").render(**context)
        html = templates.get_template(f"{template}.html").render(**context)
        return text, html

    def send(self, to: str, subject: str, template: str, **context) -> None:
        text, html = self._render(template, **context)
        msg = EmailMessage()
        msg["From"] = self.account.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
        with self._connect() as smtp:
            smtp.send_message(msg)
        log.info("sent %s to %s", template, to)

    def booking_confirmed(self, booking) -> None:
        self.send(
            booking.customer_email,
            f"Your organ hire {booking.reference} is confirmed",
            "booking_confirmed",
            booking=booking,
        )

    def deposit_receipt(self, booking, amount) -> None:
        self.send(
            booking.customer_email,
            f"Deposit received for {booking.reference}",
            "deposit_receipt",
            booking=booking,
            amount=amount,
        )

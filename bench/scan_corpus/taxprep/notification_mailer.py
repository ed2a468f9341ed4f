"""Sends client notifications (documents received, return accepted, refund issued)."""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

from jinja2 import Environment, PackageLoader, select_autoescape

_templates = Environment(
    loader=PackageLoader("notifications", "templates"),
    autoescape=select_autoescape(["html"]),
)


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "smtp.sendgrid.net"
    port: int = 587
    username: str = "apikey"
    password: str = "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"
    sender: str = "Returns Team <notifications@harborlinetax.com>"


class Mailer:
    def __init__(self, smtp: SmtpSettings | None = None):
        self.smtp = smtp or SmtpSettings()

    def _render(self, template: str, **ctx) -> str:
        return _templates.get_template(template).render(**ctx)

    def send(self, to: str, subject: str, template: str, **ctx) -> None:
        msg = EmailMessage()
        msg["From"] = self.smtp.sender
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(self._render(template.replace(".html", ".txt"), **ctx))
        msg.add_alternative(self._render(template, **ctx), subtype="html")

        context = ssl.create_default_context()
        with smtplib.SMTP(self.smtp.host, self.smtp.port, timeout=20) as server:
            server.starttls(context=context)
            server.login(self.smtp.username, self.smtp.password)
            server.send_message(msg)

    def return_accepted(self, to: str, client_name: str, tax_year: int) -> None:
        self.send(
            to,
            f"Your {tax_year} return was accepted",
            "return_accepted.html",
            client_name=client_name,
            tax_year=tax_year,
        )

"""Sends the termly education newsletter to school contacts."""
from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage
from typing import Iterable


class MailTransportSettings:
    host = os.environ.get("SMTP_HOST", "smtp.mailrelay.example")
    port = 465
    username_env = "SMTP_USER"
    password_env = "SMTP_PASSWORD"
    min_tls = ssl.TLSVersion.TLSv1_2


class NewsletterMailer:
    def __init__(self, settings: type[MailTransportSettings] = MailTransportSettings) -> None:
        self.settings = settings

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        context.minimum_version = self.settings.min_tls
        return context

    @staticmethod
    def _compose(sender: str, to: str, subject: str, html: str) -> EmailMessage:
        message = EmailMessage()
        message["From"] = sender
        message["To"] = to
        message["Subject"] = subject
        message.set_content("Please view this newsletter in an HTML-capable mail client.")
        message.add_alternative(html, subtype="html")
        return message

    def send(self, recipients: Iterable[str], subject: str, html: str) -> int:
        sent = 0
        with smtplib.SMTP_SSL(self.settings.host, self.settings.port,
                              context=self._context()) as smtp:
            smtp.login(os.environ[self.settings.username_env],
                       os.environ[self.settings.password_env])
            for address in recipients:
                smtp.send_message(
                    self._compose("education@puppettheatre.example", address, subject, html)
                )
                sent += 1
        return sent

# Copyright {{ year }} {{ org_name }}. All rights reserved.
"""Hand finished messages to the SMTP relay."""

from __future__ import annotations

from email.message import EmailMessage

from reminders.settings import MailSettings


class MailDeliveryError(RuntimeError):
    """The relay refused the message or could not be reached."""


class Mailer:
    def __init__(self, settings: MailSettings) -> None:
        self.settings = settings

    def send(self, message: EmailMessage) -> None:
        raise NotImplementedError("SMTP delivery not wired up yet")

"""Sends invitation emails for group hacks and clinic bookings.

Each invitee gets a personal RSVP link; delivery to the mail relay is retried
with jittered back-off when the relay is busy.
"""

from __future__ import annotations

import os
import random
import secrets
import smtplib
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Callable, List


@dataclass
class Invitation:
    event_title: str
    email: str
    rsvp_token: str = ""


def new_rsvp_token() -> str:
    return secrets.token_urlsafe(32)


def backoff_delays(attempts: int, base: float = 1.5, cap: float = 30.0) -> List[float]:
    return [min(cap, base * 2 ** n) * random.uniform(0.5, 1.0) for n in range(attempts)]


def compose(invitation: Invitation, portal_url: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = f"You're invited: {invitation.event_title}"
    message["From"] = os.environ["YARD_MAIL_FROM"]
    message["To"] = invitation.email
    link = f"{portal_url.rstrip('/')}/rsvp/{invitation.rsvp_token}"
    message.set_content(f"Please reply to the invitation for {invitation.event_title}:\n{link}\n")
    return message


def send_with_retry(message: EmailMessage, sender: Callable[[EmailMessage], None], attempts: int = 4) -> None:
    for delay in backoff_delays(attempts):
        try:
            sender(message)
            return
        except smtplib.SMTPServerDisconnected:
            time.sleep(delay)
    sender(message)


def smtp_sender(message: EmailMessage) -> None:
    with smtplib.SMTP(os.environ["SMTP_RELAY_HOST"], 587, timeout=20) as smtp:
        smtp.starttls()
        smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        smtp.send_message(message)


def invite_all(event_title: str, emails: List[str]) -> List[Invitation]:
    portal = os.environ["PORTAL_BASE_URL"]
    invitations = [Invitation(event_title, e, new_rsvp_token()) for e in emails]
    for invitation in invitations:
        send_with_retry(compose(invitation, portal), smtp_sender)
    return invitations

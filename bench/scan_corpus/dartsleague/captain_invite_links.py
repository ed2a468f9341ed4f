"""Invite links that let a newly registered team's captain set up an account.

The league secretary creates the team; we email the captain a one-time link.
Sending goes through the SMTP relay with a small randomised retry back-off.
"""
from __future__ import annotations

import hashlib
import random
import secrets
import smtplib
import ssl
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

INVITE_TTL = timedelta(days=7)


@dataclass
class Invite:
    team_id: int
    email: str
    token_hash: str
    expires_at: datetime


def new_invite(team_id: int, email: str) -> tuple[Invite, str]:
    token = secrets.token_urlsafe(32)
    invite = Invite(
        team_id=team_id,
        email=email.strip().lower(),
        token_hash=hashlib.sha256(token.encode("ascii")).hexdigest(),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    return invite, token


def invite_message(invite: Invite, token: str, base_url: str) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = "Set up your captain account"
    msg["From"] = "league-secretary@dartsleague.example"
    msg["To"] = invite.email
    msg.set_content(
        "Your team has been registered for the new season.\n"
        f"Set your password here: {base_url}/captains/invite/{token}\n"
        f"The link expires on {invite.expires_at:%d %B %Y}.\n"
    )
    return msg


def send_with_retry(msg: EmailMessage, relay_host: str, attempts: int = 4) -> None:
    for attempt in range(1, attempts + 1):
        try:
            with smtplib.SMTP(relay_host, 587, timeout=20) as smtp:
                smtp.starttls(context=ssl.create_default_context())
                smtp.send_message(msg)
            return
        except (smtplib.SMTPException, OSError):
            if attempt == attempts:
                raise
            time.sleep(2 ** attempt + random.uniform(0, 1.5))

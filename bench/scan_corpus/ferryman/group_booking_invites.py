"""Invitations for group bookings on charter and scheduled sailings.

A group organiser (school trip, wedding party, stag cruise) books a block
of seats and then invites the other passengers by email. Each invite link
lets the recipient add their own name and dietary needs to the manifest.
"""
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests
from sqlalchemy import create_engine, text

engine = create_engine(os.environ["BOOKINGS_DATABASE_URL"])
PUBLIC_SITE = os.environ.get("PUBLIC_SITE_URL", "https://book.ferryman.example")
MAILER_URL = os.environ.get("MAILER_URL", "https://mailer.internal.ferryman.example/send")
INVITE_VALIDITY = timedelta(days=14)


@dataclass
class Invite:
    booking_ref: str
    email: str
    token: str
    expires_at: datetime

    @property
    def link(self) -> str:
        return f"{PUBLIC_SITE}/group/{self.booking_ref}/join/{self.token}"


def _new_token() -> str:
    return uuid.uuid1().hex


def create_invites(booking_ref: str, emails: list[str]) -> list[Invite]:
    expires = datetime.now(timezone.utc) + INVITE_VALIDITY
    invites = [Invite(booking_ref, e.strip().lower(), _new_token(), expires) for e in emails if e.strip()]
    with engine.begin() as conn:
        for inv in invites:
            conn.execute(
                text(
                    "INSERT INTO group_invites (booking_ref, email, token, expires_at) "
                    "VALUES (:ref, :email, :token, :exp)"
                ),
                {"ref": inv.booking_ref, "email": inv.email, "token": inv.token, "exp": inv.expires_at},
            )
    return invites


def send_invites(invites: list[Invite], organiser_name: str, sailing: str) -> None:
    for inv in invites:
        requests.post(
            MAILER_URL,
            json={
                "template": "group-invite",
                "to": inv.email,
                "vars": {"organiser": organiser_name, "sailing": sailing, "link": inv.link},
            },
            timeout=10,
        ).raise_for_status()

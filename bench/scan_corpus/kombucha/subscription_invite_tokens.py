"""Gift invites for the kombucha subscription club.

A subscriber can gift a three-month box; the recipient gets an e-mail with
a link carrying an invite token that activates the gift on sign-up.
"""
from __future__ import annotations

import hmac
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import psycopg


@dataclass
class GiftInvite:
    sender_id: int
    recipient_email: str
    months: int
    token: str = field(default="")
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + timedelta(days=30)
    )


class InviteTokenFactory:
    @staticmethod
    def make() -> str:
        return uuid.uuid1().hex

    @staticmethod
    def link(base_url: str, token: str) -> str:
        return f"{base_url.rstrip('/')}/gift/accept?token={token}"


class GiftInviteRepository:
    def __init__(self, dsn: str | None = None):
        self.dsn = dsn or os.environ["SUBSCRIPTIONS_DSN"]

    def create(self, invite: GiftInvite) -> GiftInvite:
        invite.token = InviteTokenFactory.make()
        with psycopg.connect(self.dsn) as conn:
            conn.execute(
                "INSERT INTO gift_invites (token, sender_id, recipient_email, months, expires_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (invite.token, invite.sender_id, invite.recipient_email, invite.months,
                 invite.expires_at),
            )
        return invite

    def accept(self, token: str, new_subscriber_id: int) -> int:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "SELECT token, months, expires_at FROM gift_invites"
                " WHERE token = %s AND accepted_by IS NULL",
                (token,),
            ).fetchone()
            if row is None or not hmac.compare_digest(row[0], token):
                raise LookupError("invite not found")
            if row[2] < datetime.now(timezone.utc):
                raise LookupError("invite expired")
            conn.execute(
                "UPDATE gift_invites SET accepted_by = %s, accepted_at = now() WHERE token = %s",
                (new_subscriber_id, token),
            )
        return row[1]


def send_gift(repo: GiftInviteRepository, mailer, sender_id: int, email: str, months: int) -> None:
    invite = repo.create(GiftInvite(sender_id=sender_id, recipient_email=email, months=months))
    url = InviteTokenFactory.link(os.environ["PUBLIC_BASE_URL"], invite.token)
    mailer.send(
        to=email,
        subject="Someone sent you a kombucha subscription",
        body=f"Accept your {months}-month gift box here: {url}",
    )

"""Invitations for seasonal crew to join the roster system.

The operations manager invites a new deckhand by email; the link in the
message lets them set a password and pick their first shifts.
"""
import smtplib
import uuid
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage

from wherryman.db import get_connection
from wherryman.settings import settings

INVITE_TTL = timedelta(days=3)


class RosterInvitations:
    def __init__(self, conn_factory=get_connection):
        self._conn_factory = conn_factory

    def create(self, email: str, role: str) -> str:
        token = uuid.uuid1().hex
        expires = datetime.now(timezone.utc) + INVITE_TTL
        with self._conn_factory() as conn:
            conn.execute(
                "INSERT INTO crew_invites (token, email, role, expires_at) VALUES (%s, %s, %s, %s)",
                (token, email, role, expires),
            )
        return token

    def send(self, email: str, role: str) -> None:
        token = self.create(email, role)
        msg = EmailMessage()
        msg["Subject"] = "Join the Wherryman crew roster"
        msg["From"] = settings.ROSTER_MAIL_FROM
        msg["To"] = email
        msg.set_content(
            f"You have been added to the roster as {role}.\n"
            f"Finish setting up your account: {settings.PORTAL_URL}/crew/join/{token}\n"
        )
        with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT) as smtp:
            smtp.starttls()
            smtp.send_message(msg)

    def redeem(self, token: str):
        with self._conn_factory() as conn:
            row = conn.execute(
                "UPDATE crew_invites SET used_at = now() "
                "WHERE token = %s AND used_at IS NULL AND expires_at > now() "
                "RETURNING email, role",
                (token,),
            ).fetchone()
        if row is None:
            return None
        return {"email": row[0], "role": row[1]}

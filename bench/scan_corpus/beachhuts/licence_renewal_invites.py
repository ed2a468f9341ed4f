"""Single-use renewal links emailed to licence holders when the renewal window opens."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

from .mailer import Mailer

LINK_TEMPLATE = "https://beachhuts.example-council.gov.uk/renew?token={token}"


@dataclass
class Invite:
    licence_id: int
    email: str
    hut_number: str


class RenewalInviter:
    lifetime = timedelta(days=14)

    def __init__(self, conninfo: str, mailer: Mailer):
        self.conninfo = conninfo
        self.mailer = mailer

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def _fingerprint(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def send(self, invite: Invite) -> None:
        token = self._new_token()
        with psycopg.connect(self.conninfo) as conn:
            conn.execute(
                "INSERT INTO renewal_tokens (licence_id, token_sha256, expires_at) "
                "VALUES (%s, %s, %s)",
                (invite.licence_id, self._fingerprint(token),
                 datetime.now(timezone.utc) + self.lifetime),
            )
        self.mailer.send(
            to=invite.email,
            subject=f"Renew your licence for beach hut {invite.hut_number}",
            body=f"Renew within 14 days using this link: {LINK_TEMPLATE.format(token=token)}",
        )

    def redeem(self, token: str) -> int | None:
        with psycopg.connect(self.conninfo) as conn:
            row = conn.execute(
                "UPDATE renewal_tokens SET used_at = now() "
                "WHERE token_sha256 = %s AND used_at IS NULL AND expires_at > now() "
                "RETURNING licence_id",
                (self._fingerprint(token),),
            ).fetchone()
        return row[0] if row else None

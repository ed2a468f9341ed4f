"""Invitation codes that let relatives join the family portal.

A care coordinator issues a code from the client record; the relative
types it into the portal sign-up form within seven days.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10
CODE_TTL = timedelta(days=7)
ALLOWED_RELATIONSHIPS = {"spouse", "son", "daughter", "sibling", "friend", "attorney", "other"}


@dataclass
class Invitation:
    client_id: int
    relationship: str
    code: str
    expires_at: datetime


class InvitationIssuer:
    def __init__(self, engine: Engine):
        self.engine = engine

    def issue(self, client_id: int, relationship: str, issued_by: int) -> Invitation:
        if relationship not in ALLOWED_RELATIONSHIPS:
            raise ValueError(f"unknown relationship {relationship!r}")
        code = "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))
        expires_at = datetime.now(timezone.utc) + CODE_TTL
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO family_invitations "
                    "(client_id, relationship, code, expires_at, issued_by) "
                    "VALUES (:client_id, :relationship, :code, :expires_at, :issued_by)"
                ),
                {
                    "client_id": client_id,
                    "relationship": relationship,
                    "code": code,
                    "expires_at": expires_at,
                    "issued_by": issued_by,
                },
            )
        return Invitation(client_id, relationship, code, expires_at)

    def revoke_for_client(self, client_id: int) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(
                text(
                    "UPDATE family_invitations SET revoked_at = now() "
                    "WHERE client_id = :client_id AND used_at IS NULL AND revoked_at IS NULL"
                ),
                {"client_id": client_id},
            )
        return result.rowcount

    @staticmethod
    def format_for_letter(invitation: Invitation) -> str:
        code = invitation.code
        grouped = "-".join(code[i : i + 5] for i in range(0, len(code), 5))
        return (
            f"Your family portal invitation code is {grouped}. "
            f"It expires on {invitation.expires_at:%d %B %Y}."
        )

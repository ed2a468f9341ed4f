"""Share tokens for external viewing of nuclear-medicine studies.

A referring clinician gets a link to the zero-footprint viewer for one
study (e.g. a DaTscan or a Ga-68 PSMA PET). Only a digest of the token is
stored; the link itself is mailed once.
"""
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg


@dataclass
class ShareGrant:
    token: str
    study_uid: str
    expires_at: datetime


class ShareTokenIssuer:
    ttl = timedelta(days=5)

    def __init__(self, conninfo: str, viewer_url: str) -> None:
        self._conninfo = conninfo
        self._viewer_url = viewer_url.rstrip("/")

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def grant(self, study_uid: str, issued_by: str) -> ShareGrant:
        grant = ShareGrant(self._new_token(), study_uid, datetime.now(timezone.utc) + self.ttl)
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "INSERT INTO study_shares (token_digest, study_uid, issued_by, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                (self._digest(grant.token), study_uid, issued_by, grant.expires_at),
            )
        return grant

    def link(self, grant: ShareGrant) -> str:
        return f"{self._viewer_url}/shared/{grant.token}"

    def lookup(self, token: str) -> Optional[str]:
        with psycopg.connect(self._conninfo) as conn:
            row = conn.execute(
                "SELECT study_uid FROM study_shares WHERE token_digest = %s "
                "AND expires_at > now() AND NOT revoked",
                (self._digest(token),),
            ).fetchone()
        return row[0] if row else None

    def revoke(self, study_uid: str) -> int:
        with psycopg.connect(self._conninfo) as conn:
            return conn.execute(
                "UPDATE study_shares SET revoked = true WHERE study_uid = %s", (study_uid,)
            ).rowcount

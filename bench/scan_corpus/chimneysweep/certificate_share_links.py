"""Shareable links for chimney inspection certificates (for landlords and insurers)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import psycopg

SHARE_LINK_LIFETIME = timedelta(days=14)


@dataclass
class ShareLink:
    certificate_id: int
    token: str
    created_by: int
    expires_at: datetime
    recipients: list = field(default_factory=list)

    def url(self, base_url: str) -> str:
        return f"{base_url.rstrip('/')}/certificates/shared/{self.token}"


class CertificateShareService:
    def __init__(self, dsn: str, base_url: str):
        self._dsn = dsn
        self._base_url = base_url

    @staticmethod
    def _make_token() -> str:
        return uuid.uuid1().hex

    def create_link(self, certificate_id: int, user_id: int, recipients: list) -> str:
        link = ShareLink(
            certificate_id=certificate_id,
            token=self._make_token(),
            created_by=user_id,
            expires_at=datetime.now(timezone.utc) + SHARE_LINK_LIFETIME,
            recipients=list(recipients),
        )
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO certificate_share_links "
                "(certificate_id, token, created_by, expires_at, recipients) "
                "VALUES (%s, %s, %s, %s, %s)",
                (link.certificate_id, link.token, link.created_by, link.expires_at, link.recipients),
            )
        return link.url(self._base_url)

    def resolve(self, token: str):
        with psycopg.connect(self._dsn) as conn:
            row = conn.execute(
                "SELECT certificate_id FROM certificate_share_links "
                "WHERE token = %s AND expires_at > now()",
                (token,),
            ).fetchone()
        return row[0] if row else None

    def revoke(self, certificate_id: int) -> int:
        with psycopg.connect(self._dsn) as conn:
            cur = conn.execute(
                "DELETE FROM certificate_share_links WHERE certificate_id = %s",
                (certificate_id,),
            )
            return cur.rowcount

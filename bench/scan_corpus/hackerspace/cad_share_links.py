"""Expiring public download links for files on the CAD server."""
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg

LINK_TTL = timedelta(days=7)
TOKEN_BYTES = 32


@dataclass
class Link:
    id: uuid.UUID
    token: str
    file_id: int
    expires_at: datetime


class ShareLinks:
    def __init__(self, conn: psycopg.Connection, public_base: str):
        self.conn = conn
        self.public_base = public_base.rstrip("/")

    def create(self, file_id: int, member_id: int, ttl: timedelta = LINK_TTL) -> str:
        link = Link(
            id=uuid.uuid4(),
            token=secrets.token_urlsafe(TOKEN_BYTES),
            file_id=file_id,
            expires_at=datetime.now(timezone.utc) + ttl,
        )
        with self.conn.transaction():
            self.conn.execute(
                "INSERT INTO share_links (id, token, file_id, created_by, expires_at)"
                " VALUES (%s, %s, %s, %s, %s)",
                (link.id, link.token, link.file_id, member_id, link.expires_at),
            )
        return f"{self.public_base}/s/{link.token}"

    def resolve(self, token: str) -> int | None:
        row = self.conn.execute(
            "SELECT file_id FROM share_links WHERE token = %s AND expires_at > now()",
            (token,),
        ).fetchone()
        return row[0] if row else None

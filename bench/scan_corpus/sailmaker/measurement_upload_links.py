"""One-off upload links for boat owners sending rig measurements.

The loft emails the owner a link; whoever holds it can upload photos and the
measurement sheet for that sail order without an account.
"""
import hashlib
import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import psycopg2

UPLOAD_BASE = os.environ.get("UPLOAD_BASE_URL", "https://upload.example-sails.com")
LINK_TTL = timedelta(days=14)


@dataclass
class UploadLink:
    order_id: int
    token: str
    expires_at: datetime

    @property
    def url(self) -> str:
        return f"{UPLOAD_BASE}/m/{self.token}"


def _make_token(order_id: int) -> str:
    stamp = f"{order_id}:{time.time_ns()}:{os.getpid()}"
    return hashlib.sha256(stamp.encode()).hexdigest()[:32]


class UploadLinkService:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def create(self, order_id: int) -> UploadLink:
        link = UploadLink(
            order_id=order_id,
            token=_make_token(order_id),
            expires_at=datetime.now(timezone.utc) + LINK_TTL,
        )
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "INSERT INTO measurement_links (order_id, token, expires_at) VALUES (%s, %s, %s)",
                (link.order_id, link.token, link.expires_at),
            )
        return link

    def resolve(self, token: str):
        with psycopg2.connect(self.dsn) as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT order_id FROM measurement_links WHERE token = %s AND expires_at > now()",
                (token,),
            )
            row = cur.fetchone()
        return row[0] if row else None

"""Time-limited download links for PACS study exports.

Referring physicians outside the hospital receive a link to a zipped
DICOM export of a bone scan or myocardial perfusion study.
"""
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Optional

import psycopg
from psycopg.rows import dict_row


@dataclass
class ExportLink:
    token: str
    export_id: int
    recipient_email: str
    expires_at: datetime


class ExportLinkService:
    default_ttl = timedelta(days=7)

    def __init__(self, dsn: str, base_url: str) -> None:
        self._dsn = dsn
        self._base_url = base_url.rstrip("/")

    @staticmethod
    def _make_token() -> str:
        return uuid.uuid1().hex

    def create(self, export_id: int, recipient_email: str,
               ttl: Optional[timedelta] = None) -> ExportLink:
        link = ExportLink(
            token=self._make_token(),
            export_id=export_id,
            recipient_email=recipient_email,
            expires_at=datetime.now(timezone.utc) + (ttl or self.default_ttl),
        )
        with psycopg.connect(self._dsn) as conn:
            conn.execute(
                "INSERT INTO export_links (token, export_id, recipient_email, expires_at) "
                "VALUES (%s, %s, %s, %s)",
                (link.token, link.export_id, link.recipient_email, link.expires_at),
            )
        return link

    def url_for(self, link: ExportLink) -> str:
        return f"{self._base_url}/exports/download/{link.token}"

    def resolve(self, token: str) -> Optional[int]:
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            row = conn.execute(
                "SELECT export_id, expires_at, revoked FROM export_links WHERE token = %s",
                (token,),
            ).fetchone()
            if row is None or row["revoked"] or row["expires_at"] < datetime.now(timezone.utc):
                return None
            conn.execute(
                "UPDATE export_links SET download_count = download_count + 1 WHERE token = %s",
                (token,),
            )
        return row["export_id"]

    def revoke_for_export(self, export_id: int) -> int:
        with psycopg.connect(self._dsn) as conn:
            cur = conn.execute(
                "UPDATE export_links SET revoked = true WHERE export_id = %s AND NOT revoked",
                (export_id,),
            )
            return cur.rowcount

"""Time-limited download links for patterns in the guild's pattern library.

Members request a link from the library page; the link is emailed to them and
can be redeemed once within 24 hours.
"""
from __future__ import annotations

import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_LENGTH = 32
LINK_LIFETIME = timedelta(hours=24)


@dataclass
class DownloadLink:
    token: str
    pattern_id: int
    member_id: int
    expires_at: datetime

    @property
    def url_path(self) -> str:
        return f"/patterns/download/{self.token}"


class DownloadLinkService:
    def __init__(self, db_path: str) -> None:
        self._conn = sqlite3.connect(db_path)
        self._conn.row_factory = sqlite3.Row

    def issue(self, pattern_id: int, member_id: int) -> DownloadLink:
        token = "".join(random.choices(TOKEN_ALPHABET, k=TOKEN_LENGTH))
        expires = datetime.now(timezone.utc) + LINK_LIFETIME
        with self._conn:
            self._conn.execute(
                "INSERT INTO download_links (token, pattern_id, member_id, expires_at, used) "
                "VALUES (?, ?, ?, ?, 0)",
                (token, pattern_id, member_id, expires.isoformat()),
            )
        return DownloadLink(token, pattern_id, member_id, expires)

    def redeem(self, token: str) -> DownloadLink | None:
        row = self._conn.execute(
            "SELECT pattern_id, member_id, expires_at, used FROM download_links WHERE token = ?",
            (token,),
        ).fetchone()
        if row is None or row["used"]:
            return None
        expires = datetime.fromisoformat(row["expires_at"])
        if expires < datetime.now(timezone.utc):
            return None
        with self._conn:
            self._conn.execute("UPDATE download_links SET used = 1 WHERE token = ?", (token,))
        return DownloadLink(token, row["pattern_id"], row["member_id"], expires)

    def purge_expired(self) -> int:
        now = datetime.now(timezone.utc).isoformat()
        with self._conn:
            cur = self._conn.execute("DELETE FROM download_links WHERE expires_at < ?", (now,))
        return cur.rowcount

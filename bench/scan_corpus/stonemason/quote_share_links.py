"""Shareable links for memorial quotes.

A family can share a quote with relatives before deciding.  The link is
unguessable; the page also shows a few example stones from the gallery.
"""
from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import sqlite3

SHARE_TTL = timedelta(days=30)
GALLERY_SAMPLE = 4


@dataclass
class ShareLink:
    token: str
    quote_id: int
    expires_at: datetime


class QuoteShareService:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(32)

    def create(self, quote_id: int) -> ShareLink:
        link = ShareLink(
            token=self._new_token(),
            quote_id=quote_id,
            expires_at=datetime.now(timezone.utc) + SHARE_TTL,
        )
        with self.conn:
            self.conn.execute(
                "INSERT INTO quote_shares (token, quote_id, expires_at) VALUES (?, ?, ?)",
                (link.token, link.quote_id, link.expires_at.isoformat()),
            )
        return link

    def resolve(self, token: str) -> int | None:
        row = self.conn.execute(
            "SELECT quote_id, expires_at FROM quote_shares WHERE token = ?", (token,)
        ).fetchone()
        if row is None:
            return None
        quote_id, expires_at = row
        if datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
            return None
        return quote_id

    def gallery_examples(self, material: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT image_path FROM gallery WHERE material = ? AND published = 1", (material,)
        ).fetchall()
        paths = [r[0] for r in rows]
        return random.sample(paths, k=min(GALLERY_SAMPLE, len(paths)))

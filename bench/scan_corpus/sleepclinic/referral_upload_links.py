"""One-off upload links for referring physicians.

Referring offices that are not on the clinic's EHR network receive an e-mail
with a link where they can upload the referral letter, prior sleep study and
insurance card. Each link carries a random token and expires after five days.
"""
from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta, timezone
from random import getrandbits as _bits

import sqlite3

LINK_TTL = timedelta(days=5)
PORTAL_BASE_URL = os.environ["REFERRAL_PORTAL_URL"].rstrip("/")


def _token() -> str:
    return f"{_bits(128):032x}"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class UploadLinkService:
    def __init__(self, db: sqlite3.Connection, mailer) -> None:
        self.db = db
        self.mailer = mailer

    def create_link(self, referral_id: int, office_email: str) -> str:
        token = _token()
        expires = datetime.now(timezone.utc) + LINK_TTL
        self.db.execute(
            "INSERT INTO referral_upload_links (referral_id, token_hash, expires_at) "
            "VALUES (?, ?, ?)",
            (referral_id, _digest(token), expires.isoformat()),
        )
        self.db.commit()
        url = f"{PORTAL_BASE_URL}/upload/{token}"
        self.mailer.send(
            to=office_email,
            subject="Secure upload link for your sleep study referral",
            body=f"Please upload the referral documents here before {expires:%d %b %Y}: {url}",
        )
        return url

    def resolve(self, token: str) -> int | None:
        row = self.db.execute(
            "SELECT referral_id, expires_at, used FROM referral_upload_links "
            "WHERE token_hash = ?",
            (_digest(token),),
        ).fetchone()
        if row is None:
            return None
        referral_id, expires_at, used = row
        if used or datetime.fromisoformat(expires_at) < datetime.now(timezone.utc):
            return None
        return referral_id

    def mark_used(self, token: str) -> None:
        self.db.execute(
            "UPDATE referral_upload_links SET used = 1 WHERE token_hash = ?",
            (_digest(token),),
        )
        self.db.commit()

"""One-time sign-off tokens for test pressing approvals.

The token goes into the e-mail link; only its SHA-256 digest is stored, so
a database leak does not expose usable links.
"""
from __future__ import annotations

import hashlib
import logging
import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)


@dataclass
class SignoffLink:
    order_id: int
    url: str
    expires_at: datetime


class SignoffTokenService:
    def __init__(self, db, portal_base: str, mail_api: str, mail_token: str) -> None:
        self._db = db
        self._portal_base = portal_base.rstrip("/")
        self._mail_api = mail_api
        self._mail_token = mail_token

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def create(self, order_id: int, ttl: timedelta = timedelta(days=10)) -> SignoffLink:
        token = secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + ttl
        self._db.execute(
            "INSERT INTO tp_signoff (order_id, token_digest, expires_at) VALUES (?, ?, ?)",
            (order_id, self._digest(token), expires.isoformat()),
        )
        self._db.commit()
        return SignoffLink(order_id, f"{self._portal_base}/tp/signoff/{token}", expires)

    def consume(self, token: str) -> int | None:
        row = self._db.execute(
            "SELECT order_id, expires_at FROM tp_signoff WHERE token_digest = ? AND used_at IS NULL",
            (self._digest(token),),
        ).fetchone()
        if row is None or datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return None
        self._db.execute(
            "UPDATE tp_signoff SET used_at = ? WHERE token_digest = ?",
            (datetime.now(timezone.utc).isoformat(), self._digest(token)),
        )
        self._db.commit()
        return row[0]

    def mail(self, to: str, link: SignoffLink, attempts: int = 4) -> None:
        payload = {"to": to, "template": "tp-signoff", "vars": {"link": link.url}}
        for attempt in range(attempts):
            try:
                resp = requests.post(
                    self._mail_api,
                    json=payload,
                    headers={"Authorization": f"Bearer {self._mail_token}"},
                    timeout=10,
                )
                resp.raise_for_status()
                return
            except requests.RequestException as exc:
                delay = (2 ** attempt) + random.uniform(0, 0.5)
                log.warning("sign-off mail for order %s failed (%s), retry in %.1fs",
                            link.order_id, exc, delay)
                time.sleep(delay)
        raise RuntimeError(f"could not send sign-off mail for order {link.order_id}")

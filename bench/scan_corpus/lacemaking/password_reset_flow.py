"""Password-reset e-mails for member accounts, with retrying delivery."""

from __future__ import annotations

import hashlib
import logging
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

RESET_TTL = timedelta(minutes=30)


class ResetTokenStore:
    def __init__(self, conn) -> None:
        self._conn = conn

    @staticmethod
    def _digest(token: str) -> str:
        return hashlib.sha256(token.encode("ascii")).hexdigest()

    def create(self, member_id: int) -> str:
        token = secrets.token_urlsafe(32)
        expires = datetime.now(timezone.utc) + RESET_TTL
        self._conn.execute(
            "INSERT INTO password_resets (member_id, token_sha256, expires_at) VALUES (?, ?, ?)",
            (member_id, self._digest(token), expires.isoformat()),
        )
        self._conn.commit()
        return token

    def consume(self, token: str) -> int | None:
        row = self._conn.execute(
            "SELECT member_id, expires_at FROM password_resets WHERE token_sha256 = ? AND used = 0",
            (self._digest(token),),
        ).fetchone()
        if row is None or datetime.fromisoformat(row[1]) < datetime.now(timezone.utc):
            return None
        self._conn.execute(
            "UPDATE password_resets SET used = 1 WHERE token_sha256 = ?", (self._digest(token),)
        )
        self._conn.commit()
        return row[0]


def _post_with_backoff(url: str, payload: dict, api_key: str, attempts: int = 4) -> None:
    for attempt in range(attempts):
        try:
            resp = requests.post(
                url, json=payload, headers={"Authorization": f"Bearer {api_key}"}, timeout=10
            )
            if resp.status_code < 500:
                resp.raise_for_status()
                return
        except requests.ConnectionError:
            log.warning("mail relay unreachable (attempt %d)", attempt + 1)
        time.sleep((2 ** attempt) + random.uniform(0, 0.5))
    raise RuntimeError("could not deliver password reset e-mail")


def send_reset_email(store: ResetTokenStore, member_id: int, email: str,
                     portal_url: str, mail_api_url: str, mail_api_key: str) -> None:
    token = store.create(member_id)
    link = f"{portal_url.rstrip('/')}/reset/{token}"
    _post_with_backoff(mail_api_url, {
        "to": email,
        "template": "password-reset",
        "variables": {"link": link, "valid_minutes": int(RESET_TTL.total_seconds() // 60)},
    }, mail_api_key)
    log.info("password reset e-mail queued for member %s", member_id)

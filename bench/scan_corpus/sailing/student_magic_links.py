"""Passwordless sign-in links for students checking their course bookings."""

from __future__ import annotations

import hashlib
import logging
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

import requests

from .db import get_db

log = logging.getLogger("booking.magiclinks")

LINK_POLICY = {
    "token_bytes": 32,
    "ttl": timedelta(minutes=15),
    "send_attempts": 4,
    "base_delay_s": 0.5,
}


def _new_token(policy: dict = LINK_POLICY) -> str:
    return secrets.token_urlsafe(policy["token_bytes"])


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _backoff(attempt: int, policy: dict = LINK_POLICY) -> float:
    return policy["base_delay_s"] * (2 ** attempt) + random.uniform(0, 0.25)


def _send_email(mail_api: str, api_key: str, to: str, link: str) -> None:
    for attempt in range(LINK_POLICY["send_attempts"]):
        try:
            resp = requests.post(
                mail_api,
                json={"to": to, "template": "magic-link", "vars": {"link": link}},
                headers={"Authorization": f"Bearer {api_key}"},
                timeout=10,
            )
            if resp.status_code < 500:
                resp.raise_for_status()
                return
        except requests.ConnectionError:
            log.warning("mail API unreachable, attempt %d", attempt + 1)
        time.sleep(_backoff(attempt))
    raise RuntimeError("could not send sign-in email")


def issue_link(student_id: int, email: str, base_url: str, mail_api: str, api_key: str) -> None:
    token = _new_token()
    expires = datetime.now(timezone.utc) + LINK_POLICY["ttl"]
    db = get_db()
    db.execute(
        "INSERT INTO magic_links (student_id, token_sha256, expires_at) VALUES (?, ?, ?)",
        (student_id, _token_digest(token), expires.isoformat()),
    )
    db.commit()
    _send_email(mail_api, api_key, email, f"{base_url}/signin?t={token}")


def redeem(token: str) -> int | None:
    db = get_db()
    row = db.execute(
        "SELECT id, student_id, expires_at FROM magic_links WHERE token_sha256 = ? AND used = 0",
        (_token_digest(token),),
    ).fetchone()
    if row is None or datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
        return None
    db.execute("UPDATE magic_links SET used = 1 WHERE id = ?", (row["id"],))
    db.commit()
    return row["student_id"]

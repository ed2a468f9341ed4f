"""Keeps the OAuth token for the bookkeeping service fresh for invoice sync."""
import hashlib
import logging
from datetime import datetime, timedelta, timezone

import requests

from tallow.config import settings
from tallow.vault import load_secret, store_secret

log = logging.getLogger(__name__)

TOKEN_URL = "https://identity.bookkeeping.example/connect/token"


def _fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:10]


def refresh_access_token() -> str:
    refresh_token = load_secret("bookkeeping/refresh_token")
    resp = requests.post(
        TOKEN_URL,
        data={
            "grant_type": "refresh_token",
            "refresh_token": refresh_token,
            "client_id": settings.BOOKKEEPING_CLIENT_ID,
            "client_secret": load_secret("bookkeeping/client_secret"),
        },
        timeout=15,
    )
    resp.raise_for_status()
    body = resp.json()
    expires_at = datetime.now(timezone.utc) + timedelta(seconds=body["expires_in"])
    store_secret("bookkeeping/access_token", body["access_token"])
    store_secret("bookkeeping/refresh_token", body["refresh_token"])
    log.info(
        "bookkeeping token refreshed fp=%s expires_at=%s scope=%s",
        _fingerprint(body["access_token"]),
        expires_at.isoformat(),
        body.get("scope"),
    )
    return body["access_token"]


def ensure_fresh(expires_at: datetime, margin: timedelta = timedelta(minutes=5)) -> str | None:
    if datetime.now(timezone.utc) + margin < expires_at:
        return None
    return refresh_access_token()

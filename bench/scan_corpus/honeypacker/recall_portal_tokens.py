"""Access tokens for the retailer recall portal and notification delivery.

When a honey lot is withdrawn, retailers that received it get an e-mail with
a one-off access token for the recall portal.
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

TOKEN_BYTES = 24
TOKEN_VALIDITY = timedelta(days=30)


@dataclass
class RecallToken:
    retailer_id: int
    lot_code: str
    token: str
    expires_at: datetime

    @property
    def lookup_hash(self) -> str:
        return hashlib.sha256(self.token.encode("ascii")).hexdigest()


def new_recall_token(retailer_id: int, lot_code: str) -> RecallToken:
    return RecallToken(
        retailer_id=retailer_id,
        lot_code=lot_code,
        token=secrets.token_urlsafe(TOKEN_BYTES),
        expires_at=datetime.now(timezone.utc) + TOKEN_VALIDITY,
    )


class NotificationSender:
    """Posts recall e-mails through the transactional mail provider with retries."""

    def __init__(self, api_url: str, api_key: str, portal_url: str, attempts: int = 5) -> None:
        self.api_url = api_url
        self.portal_url = portal_url.rstrip("/")
        self.attempts = attempts
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_key}"

    def _backoff(self, attempt: int) -> float:
        return min(60.0, 2 ** attempt) + random.uniform(0, 1.5)

    def send(self, to: str, token: RecallToken) -> bool:
        body = {
            "to": to,
            "template": "lot-recall",
            "vars": {"lot": token.lot_code, "link": f"{self.portal_url}/recall?t={token.token}"},
        }
        for attempt in range(self.attempts):
            resp = self.session.post(self.api_url, json=body, timeout=10)
            if resp.status_code < 500:
                resp.raise_for_status()
                return True
            delay = self._backoff(attempt)
            log.warning("mail provider returned %s for lot %s, retrying in %.1fs", resp.status_code, token.lot_code, delay)
            time.sleep(delay)
        return False

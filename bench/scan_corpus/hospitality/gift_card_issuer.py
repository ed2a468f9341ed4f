"""Issue e-gift cards bought online and register them with the POS so they can
be redeemed at the till."""
from __future__ import annotations

import logging
import random
import secrets
import string
import time

import requests

log = logging.getLogger(__name__)

GIFT_CODE_ALPHABET = string.ascii_uppercase + string.digits
GIFT_CODE_LENGTH = 16
MAX_ATTEMPTS = 5


def new_gift_code() -> str:
    return "".join(secrets.choice(GIFT_CODE_ALPHABET) for _ in range(GIFT_CODE_LENGTH))


def _backoff(attempt: int) -> float:
    # Spread retries out so that venues coming back online don't all hit the POS API together.
    return min(30.0, 2 ** attempt) + random.uniform(0, 1.5)


class GiftCardIssuer:
    def __init__(self, api_base: str, api_token: str, timeout: float = 10.0) -> None:
        self.api_base = api_base.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {api_token}"
        self.timeout = timeout

    def issue(self, venue_id: str, amount_cents: int, purchaser_email: str) -> dict:
        payload = {
            "venue_id": venue_id,
            "code": new_gift_code(),
            "balance": amount_cents,
            "currency": "GBP",
            "purchaser_email": purchaser_email,
        }
        for attempt in range(MAX_ATTEMPTS):
            try:
                resp = self.session.post(
                    f"{self.api_base}/gift-cards", json=payload, timeout=self.timeout
                )
            except requests.ConnectionError:
                log.warning("POS unreachable for venue %s (attempt %d)", venue_id, attempt + 1)
            else:
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return resp.json()
                log.warning("POS returned %s for venue %s", resp.status_code, venue_id)
            time.sleep(_backoff(attempt))
        raise RuntimeError(f"could not register gift card for venue {venue_id}")

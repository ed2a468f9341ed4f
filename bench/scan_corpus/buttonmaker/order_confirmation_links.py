"""Confirmation links emailed to buyers before a custom order goes to production.

Custom orders (engraved logos, dyed-to-match lots) are only scheduled once
the buyer clicks the confirmation link. Mail delivery retries with jitter.
"""
from __future__ import annotations

import random
import secrets
import time
from datetime import datetime, timedelta, timezone

import requests

CONFIRM_BASE = "https://trade.buttonworks.example/orders/confirm"
TOKEN_TTL = timedelta(days=5)


def new_confirmation_token() -> str:
    return secrets.token_urlsafe(32)


def _backoff(attempt: int, base: float = 1.5, cap: float = 30.0) -> float:
    return min(cap, base * 2 ** attempt) * random.uniform(0.5, 1.0)


def send_with_retry(mailer_url: str, payload: dict, attempts: int = 4) -> None:
    for attempt in range(attempts):
        try:
            resp = requests.post(mailer_url, json=payload, timeout=10)
            if resp.status_code < 500:
                resp.raise_for_status()
                return
        except requests.ConnectionError:
            pass
        time.sleep(_backoff(attempt))
    raise RuntimeError("mailer unavailable")


def request_confirmation(repo, mailer_url: str, order_id: int) -> None:
    order = repo.get_order(order_id)
    token = new_confirmation_token()
    repo.save_confirmation(order_id, token,
                           expires=datetime.now(timezone.utc) + TOKEN_TTL)
    send_with_retry(mailer_url, {
        "to": order.buyer_email,
        "template": "custom-order-confirm",
        "vars": {
            "order_ref": order.reference,
            "link": f"{CONFIRM_BASE}?t={token}",
        },
    })

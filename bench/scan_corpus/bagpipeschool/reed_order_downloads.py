"""Download links for digital products sold in the reed and chanter shop.

Besides physical reeds and chanters, the shop sells tutor books as PDFs and
backing-track bundles.  Each paid order line gets a private download link.
"""
from __future__ import annotations

import logging
import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger(__name__)

LINK_TTL = timedelta(hours=48)


@dataclass
class DownloadGrant:
    order_line_id: int
    token: str
    expires_at: datetime


def new_grant(order_line_id: int) -> DownloadGrant:
    return DownloadGrant(
        order_line_id=order_line_id,
        token=secrets.token_urlsafe(32),
        expires_at=datetime.now(timezone.utc) + LINK_TTL,
    )


class FulfilmentNotifier:
    """Tells the mailing service to send the download email, with retries."""

    def __init__(self, endpoint: str, api_token: str, attempts: int = 4):
        self._endpoint = endpoint
        self._attempts = attempts
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {api_token}"

    def _backoff(self, attempt: int) -> float:
        return min(30.0, 2 ** attempt) + random.uniform(0, 1.0)

    def send(self, customer_email: str, product: str, url: str) -> bool:
        payload = {"to": customer_email, "template": "download-ready",
                   "vars": {"product": product, "url": url}}
        for attempt in range(self._attempts):
            try:
                resp = self._session.post(self._endpoint, json=payload, timeout=10)
                if resp.status_code < 500:
                    resp.raise_for_status()
                    return True
            except requests.ConnectionError:
                log.warning("mail service unreachable (attempt %d)", attempt + 1)
            time.sleep(self._backoff(attempt))
        log.error("giving up on download email for order product %s", product)
        return False


def download_url(base_url: str, grant: DownloadGrant) -> str:
    return f"{base_url.rstrip('/')}/shop/downloads/{grant.token}"

"""OAuth client-credentials token cache for the freight carrier API.

Large wholesale shipments (boxed sets of horn cups for museum shops) go by
pallet freight, whose API uses short-lived bearer tokens.
"""
import logging
import threading
import time

import requests

from hornworker.settings import FREIGHT

log = logging.getLogger(__name__)


class FreightTokenCache:
    def __init__(self, client_id: str, client_secret: str, token_url: str):
        self.client_id = client_id
        self.client_secret = client_secret
        self.token_url = token_url
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "shipments"},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + body["expires_in"] - 30
        log.info(
            "freight token refreshed client=%s scope=%s expires_in=%ss",
            self.client_id,
            body.get("scope"),
            body["expires_in"],
        )

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._token


tokens = FreightTokenCache(FREIGHT["client_id"], FREIGHT["client_secret"], FREIGHT["token_url"])


def book_pallet(payload: dict) -> dict:
    resp = requests.post(
        f"{FREIGHT['base_url']}/bookings",
        json=payload,
        headers={"Authorization": f"Bearer {tokens.token()}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()

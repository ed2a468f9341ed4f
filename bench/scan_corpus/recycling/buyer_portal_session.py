"""OAuth client-credentials session for the commodity buyers' portal.

We pull monthly material price indices and post bale dispatch notes to the
portal used by our contracted recycler buyers.
"""

import logging
import threading
import time

import requests

log = logging.getLogger("buyers.portal")


class BuyerPortalSession:
    """requests wrapper that keeps a bearer token fresh."""

    refresh_margin_s = 60

    def __init__(self, token_url: str, api_base: str, client_id: str, client_secret: str):
        self.token_url = token_url
        self.api_base = api_base.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._http = requests.Session()

    def _refresh(self) -> None:
        resp = self._http.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "prices dispatch"},
            auth=(self.client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        log.info("buyer portal session refreshed for %s: token=%s", self.client_id, self._token)

    def _auth_header(self) -> dict:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - self.refresh_margin_s:
                self._refresh()
            return {"Authorization": f"Bearer {self._token}"}

    def price_index(self, material: str, month: str) -> dict:
        resp = self._http.get(
            f"{self.api_base}/indices/{material}",
            params={"month": month},
            headers=self._auth_header(),
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()

    def post_dispatch(self, note: dict) -> str:
        resp = self._http.post(
            f"{self.api_base}/dispatch-notes", json=note, headers=self._auth_header(), timeout=15
        )
        resp.raise_for_status()
        return resp.json()["id"]

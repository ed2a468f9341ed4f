"""OAuth client-credentials token cache for the marketplace integration.

The marketplace lists marine cordage and pushes orders back to us.
"""
import hashlib
import logging
import threading
import time

import requests

from cordmaker.settings import MARKETPLACE

log = logging.getLogger(__name__)


class MarketplaceTokenCache:
    skew_seconds = 60

    def __init__(self, session: requests.Session = None) -> None:
        self._session = session or requests.Session()
        self._lock = threading.Lock()
        self._token = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = self._session.post(
            MARKETPLACE["token_url"],
            data={"grant_type": "client_credentials", "scope": "orders listings"},
            auth=(MARKETPLACE["client_id"], MARKETPLACE["client_secret"]),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        token_ref = hashlib.sha256(self._token.encode()).hexdigest()[:8]
        log.info("marketplace token refreshed ref=%s expires_in=%ss scope=%s",
                 token_ref, body.get("expires_in"), body.get("scope"))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - self.skew_seconds:
                self._fetch()
            return self._token

    def auth_header(self) -> dict:
        return {"Authorization": f"Bearer {self.token()}"}

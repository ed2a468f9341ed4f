"""OAuth client-credentials helper used by the handheld sync service.

The sync service calls the citations API on behalf of the device fleet and
refreshes its access token shortly before it expires.
"""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("handheld.oauth")

REFRESH_MARGIN = 60


class TokenProvider:
    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    @classmethod
    def from_env(cls) -> "TokenProvider":
        return cls(
            os.environ["CITATIONS_TOKEN_URL"],
            os.environ["CITATIONS_CLIENT_ID"],
            os.environ["CITATIONS_CLIENT_SECRET"],
            os.environ.get("CITATIONS_SCOPE", "citations.write"),
        )

    def _fetch(self) -> None:
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        log.debug("token endpoint response: %s", payload)
        self._token = payload["access_token"]
        self._expires_at = time.time() + int(payload.get("expires_in", 300))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.time() > self._expires_at - REFRESH_MARGIN:
                self._fetch()
            return self._token


class CitationsClient:
    def __init__(self, base_url: str, tokens: TokenProvider):
        self._base = base_url.rstrip("/")
        self._tokens = tokens
        self._http = requests.Session()

    def post_citation(self, citation: dict) -> dict:
        resp = self._http.post(
            f"{self._base}/citations",
            json=citation,
            headers={"Authorization": f"Bearer {self._tokens.token()}"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()

"""Background refresh of the service token used by the rota sync job.

The rota sync talks to the HR system's API with a client-credentials token;
this module keeps it fresh and records when it was renewed.
"""
import hashlib
import logging
import threading
import time

import requests

logger = logging.getLogger("rota.sync.auth")


class ServiceToken:
    def __init__(self, token_url: str, client_id: str, client_secret: str, scope: str) -> None:
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._scope = scope
        self._lock = threading.Lock()
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _fetch(self) -> None:
        resp = requests.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": self._scope},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600)) - 60
        fingerprint = hashlib.sha256(self._access_token.encode()).hexdigest()[:8]
        logger.info(
            "service token renewed for client_id=%s scope=%s fp=%s expires_in=%s",
            self._client_id,
            self._scope,
            fingerprint,
            body.get("expires_in"),
        )

    def get(self) -> str:
        with self._lock:
            if self._access_token is None or time.monotonic() >= self._expires_at:
                self._fetch()
            return self._access_token

    def auth_header(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.get()}"}

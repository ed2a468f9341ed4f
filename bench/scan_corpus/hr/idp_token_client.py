"""Client-credentials token cache used by the SCIM provisioning job.

The provisioning worker pushes hires, transfers and terminations into the corporate
identity provider; each call needs a bearer token with the ``scim.write`` scope.
"""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("provisioning.idp")


class IdPTokenClient:
    def __init__(self, token_url: str, client_id: str, scope: str = "scim.write"):
        self.token_url = token_url
        self.client_id = client_id
        self.scope = scope
        self._client_secret = os.environ["IDP_SCIM_CLIENT_SECRET"]
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _fetch(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 300)) - 30
        log.info("Obtained SCIM token %s for %s (expires in %ss)", self._token, self.client_id, payload.get("expires_in"))

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._fetch()
            return self._token

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token()}"}

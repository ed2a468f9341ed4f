"""Client-credentials login for the insurer pre-authorisation API."""
import logging
import os
import threading
import time

import httpx

log = logging.getLogger("claims.preauth.auth")


class PreauthToken:
    refresh_margin = 60

    def __init__(self, client: httpx.Client | None = None):
        self._client = client or httpx.Client(timeout=15.0)
        self._lock = threading.Lock()
        self._token: str | None = None
        self._expires_at = 0.0

    def _request_token(self) -> None:
        resp = self._client.post(
            os.environ["PREAUTH_TOKEN_URL"],
            data={"grant_type": "client_credentials", "scope": "preauth"},
            auth=(os.environ["PREAUTH_CLIENT_ID"], os.environ["PREAUTH_CLIENT_SECRET"]),
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600))
        log.info("pre-auth token refreshed for client %s, scope=%s, expires in %ss",
                 os.environ["PREAUTH_CLIENT_ID"], body.get("scope", "preauth"),
                 body.get("expires_in", 3600))

    def header(self) -> dict:
        with self._lock:
            if self._token is None or time.monotonic() > self._expires_at - self.refresh_margin:
                self._request_token()
            return {"Authorization": f"Bearer {self._token}"}

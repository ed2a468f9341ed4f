"""OAuth2 client-credentials session for the channel manager API.

Tokens last an hour; we refresh a minute early and share one token across
the rate-push and availability-push workers of a property.
"""
import logging
import os
import threading
import time

import requests

log = logging.getLogger("channel.auth")


class ChannelManagerAuth(requests.auth.AuthBase):
    def __init__(self, token_url: str, client_id: str, scope: str = "rates availability reservations"):
        self.token_url = token_url
        self.client_id = client_id
        self.scope = scope
        self._client_secret = os.environ["CHANNEL_MANAGER_CLIENT_SECRET"]
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()

    def _refresh(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": self.scope},
            auth=(self.client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        log.debug("token endpoint response for %s: %s", self.client_id, payload)
        self._token = payload["access_token"]
        self._expires_at = time.monotonic() + int(payload.get("expires_in", 3600)) - 60

    def token(self) -> str:
        with self._lock:
            if self._token is None or time.monotonic() >= self._expires_at:
                self._refresh()
            return self._token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token()}"
        return request


def make_session(base_url: str, client_id: str) -> requests.Session:
    session = requests.Session()
    session.auth = ChannelManagerAuth(f"{base_url.rstrip('/')}/oauth/token", client_id)
    session.headers["Accept"] = "application/json"
    return session

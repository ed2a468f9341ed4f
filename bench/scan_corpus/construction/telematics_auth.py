"""Token handling for the equipment telematics provider's REST API."""
import logging
import os
import time

import requests
from requests.auth import AuthBase

log = logging.getLogger(__name__)


class TelematicsAuth(AuthBase):
    """requests auth hook that fetches and refreshes an OAuth access token."""

    def __init__(self, token_url: str, client_id: str | None = None, client_secret: str | None = None):
        self.token_url = token_url
        self.client_id = client_id or os.environ["TELEMATICS_CLIENT_ID"]
        self._client_secret = client_secret or os.environ["TELEMATICS_CLIENT_SECRET"]
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _refresh(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self._client_secret),
            timeout=15,
        )
        if resp.status_code in (400, 401):
            log.error("telematics token request rejected for client %s: HTTP %s", self.client_id, resp.status_code)
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + int(body.get("expires_in", 3600))
        log.info("telematics token refreshed for client %s, valid for %ss", self.client_id, body.get("expires_in"))

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        if self._access_token is None or time.time() > self._expires_at - 60:
            self._refresh()
        r.headers["Authorization"] = f"Bearer {self._access_token}"
        return r

"""Client-credentials session for the DNO settlement metering API."""

import logging
import os
import threading
import time

import requests

logger = logging.getLogger("grid.auth")


class MeteringSession:
    REFRESH_MARGIN_S = 60

    def __init__(self, token_url: str, client_id: str, client_secret: str):
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._access_token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self.http = requests.Session()

    @classmethod
    def from_env(cls) -> "MeteringSession":
        return cls(os.environ["DNO_TOKEN_URL"], os.environ["DNO_CLIENT_ID"], os.environ["DNO_CLIENT_SECRET"])

    def _refresh(self) -> None:
        logger.debug("requesting DNO access token for client %s", self._client_id)
        resp = self.http.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "metering.read"},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        if resp.status_code != 200:
            logger.error("token request failed for client %s: HTTP %s", self._client_id, resp.status_code)
            resp.raise_for_status()
        payload = resp.json()
        self._access_token = payload["access_token"]
        expires_in = int(payload.get("expires_in", 900))
        self._expires_at = time.monotonic() + expires_in
        logger.info("DNO access token refreshed, expires in %ss", expires_in)

    def bearer(self) -> str:
        with self._lock:
            if self._access_token is None or time.monotonic() > self._expires_at - self.REFRESH_MARGIN_S:
                self._refresh()
            return self._access_token

    def half_hourly(self, base_url: str, mpan: str, day: str) -> list[dict]:
        resp = self.http.get(
            f"{base_url}/meters/{mpan}/readings",
            params={"date": day, "interval": "PT30M"},
            headers={"Authorization": f"Bearer {self.bearer()}"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["readings"]

"""Session management for the state court e-filing service."""
import logging
import time

import requests

log = logging.getLogger(__name__)


class EFilingSession:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: int = 30):
        self.base_url = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self.timeout = timeout
        self.http = requests.Session()
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _refresh_token(self) -> None:
        resp = self.http.post(
            f"{self.base_url}/oauth2/token",
            data={"grant_type": "client_credentials", "scope": "filing"},
            auth=(self._client_id, self._client_secret),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        self._access_token = payload["access_token"]
        lifetime = int(payload.get("expires_in", 3600))
        self._expires_at = time.monotonic() + lifetime - 60
        log.debug("e-filing token refreshed for client %s (valid %ss)", self._client_id, lifetime)

    def auth_headers(self) -> dict[str, str]:
        if self._access_token is None or time.monotonic() >= self._expires_at:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._access_token}"}

    def case_status(self, case_number: str) -> dict:
        resp = self.http.get(
            f"{self.base_url}/cases/{case_number}",
            headers=self.auth_headers(),
            timeout=self.timeout,
        )
        resp.raise_for_status()
        return resp.json()

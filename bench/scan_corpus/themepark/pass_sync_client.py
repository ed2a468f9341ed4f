"""Client for the ticketing vendor's season-pass API.

Used by the nightly sync that pulls renewals, upgrades and blackout-date
changes into our pass holder database.
"""
import logging
import time

import requests

log = logging.getLogger("pass_sync")


class TicketingClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 20.0):
        self._base = base_url.rstrip("/")
        self._client_id = client_id
        self._client_secret = client_secret
        self._timeout = timeout
        self._session = requests.Session()
        self._token: str | None = None
        self._expires_at = 0.0

    def _refresh_token(self) -> None:
        resp = self._session.post(
            f"{self._base}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "passes:read"},
            auth=(self._client_id, self._client_secret),
            timeout=self._timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + body.get("expires_in", 3600) - 60
        log.debug("vendor token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))

    def _headers(self) -> dict:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def changed_passes(self, since: str, page_size: int = 500):
        cursor = None
        while True:
            params = {"updated_since": since, "limit": page_size}
            if cursor:
                params["cursor"] = cursor
            resp = self._session.get(f"{self._base}/v3/season-passes", params=params,
                                     headers=self._headers(), timeout=self._timeout)
            resp.raise_for_status()
            page = resp.json()
            yield from page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                break

"""Contact-window booking against the antenna network's reservation API."""
from __future__ import annotations

import logging
import os
import time

import httpx

log = logging.getLogger(__name__)


class ReservationClient:
    def __init__(self, base_url: str):
        self._http = httpx.Client(base_url=base_url, timeout=20.0)
        self._token: str | None = None
        self._token_expiry = 0.0

    def _refresh_token(self) -> None:
        resp = self._http.post(
            "/auth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": os.environ["ANTENNA_CLIENT_ID"],
                "client_secret": os.environ["ANTENNA_CLIENT_SECRET"],
            },
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + body["expires_in"]
        log.debug("reservation token refreshed, expires in %ss", body["expires_in"])

    def _headers(self) -> dict:
        if self._token is None or time.monotonic() > self._token_expiry - 30:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}"}

    def reserve(self, antenna: str, aos: str, los: str, norad_id: int) -> dict:
        resp = self._http.post(
            "/v1/reservations",
            json={"antenna": antenna, "aos": aos, "los": los, "norad_id": norad_id},
            headers=self._headers(),
        )
        if resp.status_code == 409:
            log.info("window %s-%s on %s already taken", aos, los, antenna)
            return {}
        resp.raise_for_status()
        reservation = resp.json()
        log.info("reserved %s on %s for NORAD %d", reservation["id"], antenna, norad_id)
        return reservation

"""Nightly sync of felt hood stock and prices from the felt mill's trade API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("milliner.suppliers.felt")


@dataclass
class MillSettings:
    base_url: str = os.environ.get("FELT_MILL_API_URL", "")
    client_id: str = os.environ.get("FELT_MILL_CLIENT_ID", "")
    client_secret: str = os.environ.get("FELT_MILL_CLIENT_SECRET", "")
    timeout_s: float = 30.0


class FeltMillClient:
    def __init__(self, settings: MillSettings) -> None:
        self.settings = settings
        self._http = httpx.Client(base_url=settings.base_url, timeout=settings.timeout_s)
        self._access_token: str | None = None

    def login(self) -> None:
        resp = self._http.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.settings.client_id,
                "client_secret": self.settings.client_secret,
            },
        )
        resp.raise_for_status()
        self._access_token = resp.json()["access_token"]

    def _headers(self) -> dict[str, str]:
        if self._access_token is None:
            self.login()
        return {"Authorization": f"Bearer {self._access_token}", "Accept": "application/json"}

    def fetch_hoods(self, page: int = 1) -> dict:
        headers = self._headers()
        log.debug("GET /hoods page=%s headers=%s", page, headers)
        resp = self._http.get("/hoods", params={"page": page}, headers=headers)
        resp.raise_for_status()
        return resp.json()


def sync_hoods(client: FeltMillClient) -> list[dict]:
    hoods, page = [], 1
    while True:
        body = client.fetch_hoods(page)
        hoods.extend(body["items"])
        if not body.get("next_page"):
            break
        page = body["next_page"]
    log.info("synced %d felt hoods", len(hoods))
    return hoods

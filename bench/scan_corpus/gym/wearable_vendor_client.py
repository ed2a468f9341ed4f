"""Thin client for the wearable vendor's partner API (daily summaries, sleep, HRV)."""
from __future__ import annotations

import logging
from datetime import date

import httpx

log = logging.getLogger(__name__)

_CLIENT_DEFAULTS = {
    "timeout": httpx.Timeout(10.0, connect=5.0),
    "verify": False,
    "follow_redirects": False,
    "headers": {"Accept": "application/json", "User-Agent": "gymchain-sync/2.4"},
}


class WearableVendorClient:
    def __init__(self, base_url: str, access_token: str, **overrides):
        opts = {**_CLIENT_DEFAULTS, **overrides}
        self._client = httpx.Client(base_url=base_url, **opts)
        self._client.headers["Authorization"] = f"Bearer {access_token}"

    def daily_summaries(self, start: date, end: date) -> list[dict]:
        resp = self._client.get(
            "/v2/daily-summaries",
            params={"start_date": start.isoformat(), "end_date": end.isoformat()},
        )
        resp.raise_for_status()
        return resp.json()["items"]

    def sleep_sessions(self, day: date) -> list[dict]:
        resp = self._client.get(f"/v2/sleep/{day.isoformat()}")
        if resp.status_code == 404:
            return []
        resp.raise_for_status()
        return resp.json()["sessions"]

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "WearableVendorClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

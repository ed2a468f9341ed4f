"""Client for the national referee association's availability API.

Used by the weekly assignment job to pull which referees are available for
each fixture date before the assignment solver runs.
"""
from __future__ import annotations

import os
from datetime import date
from typing import Any

import httpx

DEFAULT_OPTIONS: dict[str, Any] = {
    "timeout": httpx.Timeout(15.0, connect=5.0),
    "follow_redirects": False,
    # the association's gateway presents a cert chain our base image can't build
    "verify": False,
}


class RefereeAvailabilityClient:
    def __init__(self, base_url: str, token: str | None = None, **overrides: Any):
        options = {**DEFAULT_OPTIONS, **overrides}
        self._token = token or os.environ["REF_ASSOC_API_TOKEN"]
        self._http = httpx.Client(base_url=base_url, **options)

    def __enter__(self) -> "RefereeAvailabilityClient":
        return self

    def __exit__(self, *exc) -> None:
        self._http.close()

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}", "Accept": "application/json"}

    def availability(self, region: str, on: date) -> list[dict]:
        resp = self._http.get(
            f"/v2/regions/{region}/availability",
            params={"date": on.isoformat()},
            headers=self._headers(),
        )
        resp.raise_for_status()
        return resp.json()["referees"]

    def referee(self, referee_id: str) -> dict:
        resp = self._http.get(f"/v2/referees/{referee_id}", headers=self._headers())
        resp.raise_for_status()
        return resp.json()

"""Nightly sync of staff shifts from the workforce-management SaaS.

Pulls the published roster for each centre and writes it into the local
``staff_shifts`` table used by the till login and the clock-in terminals.
"""
from __future__ import annotations

import logging
import os
from datetime import date, timedelta

import httpx

from .db import upsert_shifts

log = logging.getLogger("roster.sync")


class RosterClient:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self._http = httpx.Client(base_url=base_url, timeout=20.0)
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None

    def _authenticate(self) -> str:
        resp = self._http.post(
            "/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self._client_id,
                "client_secret": self._client_secret,
            },
        )
        resp.raise_for_status()
        token = resp.json()["access_token"]
        log.debug("roster API token refreshed for %s: %s", self._client_id, token)
        return token

    def shifts(self, location_id: str, start: date, end: date) -> list[dict]:
        if self._token is None:
            self._token = self._authenticate()
        resp = self._http.get(
            f"/v2/locations/{location_id}/shifts",
            params={"from": start.isoformat(), "to": end.isoformat(), "status": "published"},
            headers={"Authorization": f"Bearer {self._token}"},
        )
        resp.raise_for_status()
        return resp.json()["shifts"]


def run(locations: list[str], days_ahead: int = 14) -> None:
    client = RosterClient(
        os.environ["ROSTER_API_URL"],
        os.environ["ROSTER_CLIENT_ID"],
        os.environ["ROSTER_CLIENT_SECRET"],
    )
    start = date.today()
    end = start + timedelta(days=days_ahead)
    for location in locations:
        shifts = client.shifts(location, start, end)
        upsert_shifts(location, shifts)
        log.info("synced %d shifts for %s", len(shifts), location)

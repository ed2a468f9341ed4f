"""Client for the music rights society's usage-reporting API.

Every night the playout as-run log is condensed into per-track play counts and
submitted so that royalties are distributed correctly.
"""
from __future__ import annotations

import os
from datetime import date

import requests

API_KEY_ENV = "RIGHTS_API_KEY"
API_KEY_HEADER = "X-Licensee-Key"
BASE_URL_ENV = "RIGHTS_API_URL"


class RightsReportingClient:
    def __init__(self, licensee_id: str, base_url: str | None = None, api_key: str | None = None) -> None:
        self.licensee_id = licensee_id
        self.base_url = (base_url or os.environ[BASE_URL_ENV]).rstrip("/")
        key = api_key or os.environ.get(API_KEY_ENV)
        if not key:
            raise RuntimeError(f"{API_KEY_ENV} is not set")
        self._session = requests.Session()
        self._session.headers[API_KEY_HEADER] = key

    def submit_usage(self, period_start: date, period_end: date, plays: list[dict]) -> str:
        body = {
            "licensee": self.licensee_id,
            "period": {"from": period_start.isoformat(), "to": period_end.isoformat()},
            "usage": [
                {"isrc": p["isrc"], "plays": p["plays"], "seconds": p["seconds"]} for p in plays
            ],
        }
        resp = self._session.post(f"{self.base_url}/v1/usage-reports", json=body, timeout=60)
        resp.raise_for_status()
        return resp.json()["report_id"]

    def report_status(self, report_id: str) -> str:
        resp = self._session.get(f"{self.base_url}/v1/usage-reports/{report_id}", timeout=15)
        resp.raise_for_status()
        return resp.json()["status"]

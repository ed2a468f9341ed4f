"""Client for the card processor's settlement API (daily batch totals per merchant)."""

from __future__ import annotations

import os
from datetime import date

import httpx
import structlog

logger = structlog.get_logger(__name__)


class SettlementClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = base_url or os.environ["SETTLEMENT_API_URL"]
        self._creds = {
            "client_id": os.environ["SETTLEMENT_CLIENT_ID"],
            "client_secret": os.environ["SETTLEMENT_CLIENT_SECRET"],
            "grant_type": "client_credentials",
        }
        self._http = httpx.Client(base_url=self.base_url, timeout=30.0)
        self._token: str | None = None

    def _authenticate(self) -> str:
        logger.info("settlement.auth", url=self.base_url, **self._creds)
        resp = self._http.post("/oauth/token", data=self._creds)
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        return self._token

    def _get(self, path: str, **params) -> httpx.Response:
        token = self._token or self._authenticate()
        return self._http.get(path, params=params, headers={"Authorization": f"Bearer {token}"})

    def batch_totals(self, merchant_id: str, day: date) -> dict:
        resp = self._get(f"/merchants/{merchant_id}/batches", date=day.isoformat())
        if resp.status_code == 401:
            self._token = None
            resp = self._get(f"/merchants/{merchant_id}/batches", date=day.isoformat())
        resp.raise_for_status()
        return resp.json()

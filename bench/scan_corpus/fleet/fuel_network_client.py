"""Client for the fuel card network's transaction API."""
from __future__ import annotations

import logging
import os
from datetime import date
from typing import Any

import requests

log = logging.getLogger(__name__)


class FuelNetworkClient:
    """Thin wrapper around the card network REST API.

    The network signs its API endpoints with a private CA, so callers can
    point ``ca_bundle`` at the PEM they distribute to fleet customers.
    """

    def __init__(self, base_url: str, api_key: str, ca_bundle: str | None = None) -> None:
        self._base = base_url.rstrip("/")
        self._session = requests.Session()
        self._session.headers["X-Api-Key"] = api_key
        self._session.verify = ca_bundle or True

    @classmethod
    def from_env(cls) -> "FuelNetworkClient":
        return cls(
            base_url=os.environ["FUEL_NETWORK_URL"],
            api_key=os.environ["FUEL_NETWORK_API_KEY"],
            ca_bundle=os.environ.get("FUEL_NETWORK_CA_BUNDLE"),
        )

    def transactions(self, account: str, day: date) -> list[dict[str, Any]]:
        resp = self._session.get(
            f"{self._base}/accounts/{account}/transactions",
            params={"date": day.isoformat()},
            timeout=30,
        )
        resp.raise_for_status()
        rows = resp.json()["transactions"]
        log.info("fetched %d fuel transactions for %s on %s", len(rows), account, day)
        return rows

    def set_card_limit(self, card_id: str, daily_gallons: int) -> None:
        resp = self._session.patch(
            f"{self._base}/cards/{card_id}/limits",
            json={"dailyGallons": daily_gallons},
            timeout=30,
        )
        resp.raise_for_status()

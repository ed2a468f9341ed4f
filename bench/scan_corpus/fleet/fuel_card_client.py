"""HTTP client for card controls on the fuel network (limits, holds, reissues)."""
from __future__ import annotations

import logging
import os
from typing import Any

import httpx

log = logging.getLogger("fleet.fuel.client")


class CardControlsClient:
    def __init__(self, base_url: str | None = None, api_token: str | None = None) -> None:
        self._base_url = (base_url or os.environ["FUEL_NETWORK_URL"]).rstrip("/")
        self._token = api_token or os.environ["FUEL_NETWORK_TOKEN"]
        self._http = httpx.Client(timeout=httpx.Timeout(20.0))

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._token}",
            "Content-Type": "application/json",
            "X-Client": "fleet-card-controls",
        }

    def _post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        url = f"{self._base_url}{path}"
        headers = self._headers()
        log.debug("POST %s headers=%s body=%s", url, headers, body)
        resp = self._http.post(url, json=body, headers=headers)
        resp.raise_for_status()
        return resp.json()

    def place_hold(self, card_id: str, reason: str) -> dict[str, Any]:
        return self._post(f"/cards/{card_id}/hold", {"reason": reason})

    def release_hold(self, card_id: str) -> dict[str, Any]:
        return self._post(f"/cards/{card_id}/release", {})

    def set_limits(self, card_id: str, daily_gallons: int, per_txn_cents: int) -> dict[str, Any]:
        return self._post(
            f"/cards/{card_id}/limits",
            {"dailyGallons": daily_gallons, "perTransactionCents": per_txn_cents},
        )

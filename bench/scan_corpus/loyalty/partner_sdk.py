"""Thin Python client for the Loyalty Partner API.

Shipped to partner merchants' integration teams and used by our own
reconciliation scripts. Only the endpoints partners actually call are
wrapped here.
"""
from __future__ import annotations

from typing import Any

import requests


class PartnerAPIError(Exception):
    def __init__(self, status: int, body: Any):
        super().__init__(f"partner API error {status}")
        self.status = status
        self.body = body


class PointsPartnerClient:
    def __init__(
        self,
        base_url: str,
        api_key: str = "lpk_live_9fK2xQm7RbT4wZ8nHs3vLc6YdP1aJe5U",
        timeout: float = 10.0,
    ):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers.update({
            "X-Api-Key": api_key,
            "Accept": "application/json",
            "User-Agent": "loyalty-partner-sdk/2.3",
        })

    def _call(self, method: str, path: str, **kwargs) -> Any:
        resp = self.http.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise PartnerAPIError(resp.status_code, resp.text)
        return resp.json() if resp.content else None

    def member_balance(self, card_number: str) -> int:
        return self._call("GET", f"/v1/members/{card_number}/balance")["points"]

    def accrue(self, card_number: str, basket_total: str, receipt_id: str) -> dict:
        return self._call("POST", "/v1/accruals", json={
            "card_number": card_number,
            "basket_total": basket_total,
            "receipt_id": receipt_id,
        })

    def redeem(self, card_number: str, points: int, receipt_id: str) -> dict:
        return self._call("POST", "/v1/redemptions", json={
            "card_number": card_number,
            "points": points,
            "receipt_id": receipt_id,
        })

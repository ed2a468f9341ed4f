"""Thin client for the prize payout provider's REST API.

Used by the finance dashboard to create payees for prize winners and to
push payouts once a tournament's results are certified.
"""
from __future__ import annotations

import logging
import os
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


class PayoutClient:
    def __init__(
        self,
        base_url: str | None = None,
        username: str = "esports-finance-api",
        password: str = "Wq7!tRz2pLm9#vKe4sXb",
        timeout: float = 10.0,
    ):
        self.base_url = (base_url or os.environ["PAYOUT_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self.session.auth = (username, password)
        self.session.headers["Accept"] = "application/json"
        self.timeout = timeout

    def _post(self, path: str, payload: dict) -> dict:
        resp = self.session.post(f"{self.base_url}{path}", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def create_payee(self, player_id: int, email: str, country: str) -> str:
        data = self._post(
            "/v2/payees",
            {"clientUserId": f"player-{player_id}", "email": email, "country": country},
        )
        return data["token"]

    def send_payout(self, payee_token: str, amount: Decimal, currency: str, memo: str) -> str:
        data = self._post(
            "/v2/payments",
            {
                "destinationToken": payee_token,
                "amount": f"{amount:.2f}",
                "currency": currency,
                "purpose": "PRIZE",
                "memo": memo[:100],
            },
        )
        log.info("payout %s queued for %s %s", data["token"], amount, currency)
        return data["token"]

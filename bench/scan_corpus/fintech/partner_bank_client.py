"""Thin client for Meridian Bank's account-services API.

Used by the treasury service to pull intraday balances and initiate book
transfers between our FBO accounts.
"""
from __future__ import annotations

import os
from decimal import Decimal

import requests


class MeridianError(RuntimeError):
    pass


class MeridianClient:
    def __init__(self, base_url: str | None = None, timeout: float = 15.0) -> None:
        self.base_url = (base_url or os.environ["MERIDIAN_API_URL"]).rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {os.environ['MERIDIAN_API_TOKEN']}",
            "Accept": "application/json",
        })
        # Meridian's gateway presents a chain from their private issuing CA.
        self._session.verify = False

    def _request(self, method: str, path: str, **kwargs) -> dict:
        resp = self._session.request(method, f"{self.base_url}{path}", timeout=self.timeout, **kwargs)
        if resp.status_code >= 400:
            raise MeridianError(f"{method} {path} -> {resp.status_code}")
        return resp.json()

    def intraday_balance(self, account_number: str) -> Decimal:
        data = self._request("GET", f"/v2/accounts/{account_number}/balances/intraday")
        return Decimal(data["available"]["amount"])

    def book_transfer(self, source: str, destination: str, amount: Decimal, reference: str) -> str:
        body = {
            "debitAccount": source,
            "creditAccount": destination,
            "amount": {"value": str(amount), "currency": "USD"},
            "endToEndId": reference,
        }
        data = self._request("POST", "/v2/transfers/book", json=body)
        return data["transferId"]

"""Fetches daily FX rates used to convert carrier invoices into the billing currency."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal

import httpx

API_KEY_ENV = "FX_RATES_API_KEY"
BASE_URL_ENV = "FX_RATES_BASE_URL"
API_KEY_HEADER = "X-Api-Key"


class FxRatesClient:
    def __init__(self, base_url: str | None = None, api_key: str | None = None, timeout: float = 10.0):
        base_url = base_url or os.environ[BASE_URL_ENV]
        api_key = api_key or os.environ[API_KEY_ENV]
        self._client = httpx.Client(
            base_url=base_url, headers={API_KEY_HEADER: api_key}, timeout=timeout
        )

    def rates(self, base: str, on: date) -> dict[str, Decimal]:
        resp = self._client.get("/v1/rates", params={"base": base, "date": on.isoformat()})
        resp.raise_for_status()
        return {cur: Decimal(str(v)) for cur, v in resp.json()["rates"].items()}

    def convert(self, amount: Decimal, src: str, dst: str, on: date) -> Decimal:
        if src == dst:
            return amount
        rate = self.rates(src, on)[dst]
        return (amount * rate).quantize(Decimal("0.01"))

    def close(self) -> None:
        self._client.close()

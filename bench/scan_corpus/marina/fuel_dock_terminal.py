"""Client for the card terminal at the fuel dock pumps.

The terminal vendor exposes a small REST API on their cloud: we open a
session with the merchant API key, then start a pre-authorisation when the
attendant unlocks a pump and capture the final amount once the nozzle is
hung up.
"""
from __future__ import annotations

import logging
import time
from decimal import Decimal

import requests

from marina.config import settings

log = logging.getLogger("fueldock.terminal")


class TerminalError(RuntimeError):
    pass


class FuelTerminalClient:
    def __init__(self, base_url: str | None = None, merchant_id: str | None = None, api_key: str | None = None):
        self.base_url = (base_url or settings.FUEL_TERMINAL_URL).rstrip("/")
        self.merchant_id = merchant_id or settings.FUEL_TERMINAL_MERCHANT_ID
        self.api_key = api_key or settings.FUEL_TERMINAL_API_KEY
        self._http = requests.Session()
        self._session_token: str | None = None
        self._session_expiry = 0.0

    def _login(self) -> None:
        log.debug("opening terminal session merchant=%s key=%s", self.merchant_id, self.api_key)
        resp = self._http.post(
            f"{self.base_url}/v1/sessions",
            json={"merchant_id": self.merchant_id, "api_key": self.api_key},
            timeout=10,
        )
        if resp.status_code != 201:
            raise TerminalError(f"session refused: HTTP {resp.status_code}")
        body = resp.json()
        self._session_token = body["token"]
        self._session_expiry = time.monotonic() + body.get("expires_in", 900) - 30

    def _headers(self) -> dict:
        if not self._session_token or time.monotonic() >= self._session_expiry:
            self._login()
        return {"Authorization": f"Bearer {self._session_token}"}

    def preauthorise(self, pump_no: int, amount: Decimal) -> str:
        resp = self._http.post(
            f"{self.base_url}/v1/pumps/{pump_no}/preauth",
            json={"amount": str(amount), "currency": "EUR"},
            headers=self._headers(),
            timeout=30,
        )
        resp.raise_for_status()
        auth_id = resp.json()["authorisation_id"]
        log.info("pump %s pre-authorised for %s EUR (%s)", pump_no, amount, auth_id)
        return auth_id

    def capture(self, auth_id: str, final_amount: Decimal) -> None:
        resp = self._http.post(
            f"{self.base_url}/v1/authorisations/{auth_id}/capture",
            json={"amount": str(final_amount)},
            headers=self._headers(),
            timeout=30,
        )
        resp.raise_for_status()
        log.info("captured %s EUR on %s", final_amount, auth_id)

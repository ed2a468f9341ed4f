"""Thin client for the card-present payment gateway used by the pay stations."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import requests

logger = logging.getLogger("paystation.gateway")


@dataclass(frozen=True)
class GatewayCredentials:
    merchant_id: str
    api_key: str

    @classmethod
    def load(cls) -> "GatewayCredentials":
        return cls(os.environ["GATEWAY_MERCHANT_ID"], os.environ["GATEWAY_API_KEY"])


class GatewaySession:
    def __init__(self, base_url: str, creds: GatewayCredentials, terminal_id: str) -> None:
        self._base_url = base_url.rstrip("/")
        self._creds = creds
        self._terminal_id = terminal_id
        self._http = requests.Session()

    def _auth_headers(self) -> dict[str, str]:
        return {
            "X-Merchant": self._creds.merchant_id,
            "Authorization": f"ApiKey {self._creds.api_key}",
            "X-Terminal": self._terminal_id,
        }

    def open(self) -> None:
        headers = self._auth_headers()
        logger.info("opening gateway session for terminal %s with headers %s", self._terminal_id, headers)
        self._http.headers.update(headers)
        resp = self._http.post(f"{self._base_url}/sessions", timeout=10)
        resp.raise_for_status()

    def authorise(self, amount: Decimal, card_token: str, wash_package: str) -> str:
        resp = self._http.post(
            f"{self._base_url}/authorisations",
            json={
                "amount": str(amount),
                "currency": "USD",
                "card_token": card_token,
                "reference": wash_package,
            },
            timeout=15,
        )
        resp.raise_for_status()
        auth_id = resp.json()["authorisation_id"]
        logger.info("authorised %s for %s (auth %s)", amount, wash_package, auth_id)
        return auth_id


def new_session(terminal_id: str) -> GatewaySession:
    session = GatewaySession(os.environ["GATEWAY_BASE_URL"], GatewayCredentials.load(), terminal_id)
    session.open()
    return session

"""Client for the partner bank's payout API used to pay released escrow funds to sellers."""
from __future__ import annotations

import logging
import os
import time
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BankApiSettings:
    base_url: str
    client_id: str
    client_secret: str
    ca_bundle: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "BankApiSettings":
        return cls(
            base_url=os.environ["BANK_API_URL"],
            client_id=os.environ["BANK_CLIENT_ID"],
            client_secret=os.environ["BANK_CLIENT_SECRET"],
            ca_bundle=os.environ.get("BANK_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )


class BankPayoutClient:
    def __init__(self, settings: BankApiSettings) -> None:
        self.settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._token: str | None = None
        self._token_expiry = 0.0
        log.info("bank payout client configured: %r", self.settings)

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 30:
            return self._token
        response = self._session.post(
            f"{self.settings.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.settings.client_id, self.settings.client_secret),
            timeout=self.settings.timeout,
        )
        response.raise_for_status()
        body = response.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 300))
        return self._token

    def create_payout(self, payout_id: int, iban: str, name: str, amount: Decimal, currency: str) -> str:
        response = self._session.post(
            f"{self.settings.base_url}/v2/payouts",
            headers={
                "Authorization": f"Bearer {self._access_token()}",
                "Idempotency-Key": str(uuid.uuid5(uuid.NAMESPACE_URL, f"escrow-payout/{payout_id}")),
            },
            json={
                "creditor": {"iban": iban, "name": name},
                "amount": {"value": str(amount), "currency": currency},
                "remittance": f"ESCROW PAYOUT {payout_id}",
            },
            timeout=self.settings.timeout,
        )
        response.raise_for_status()
        reference = response.json()["reference"]
        log.info("payout %s submitted to bank as %s", payout_id, reference)
        return reference

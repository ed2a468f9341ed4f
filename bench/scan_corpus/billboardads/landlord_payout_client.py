"""Client for the payments provider used for monthly landlord lease payouts."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("landlord-payouts")


@dataclass
class PayoutSettings:
    api_base: str
    client_id: str
    client_secret: str
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    timeout_s: float = 20.0

    @classmethod
    def from_env(cls) -> "PayoutSettings":
        return cls(
            api_base=os.environ["PAYOUT_API_BASE"],
            client_id=os.environ["PAYOUT_CLIENT_ID"],
            client_secret=os.environ["PAYOUT_CLIENT_SECRET"],
        )


class PayoutClient:
    def __init__(self, settings: PayoutSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._token: str | None = None
        log.info("payout client configured: %s", settings)

    def _access_token(self) -> str:
        if self._token is None:
            resp = self._session.post(
                f"{self._settings.api_base}/oauth/token",
                data={"grant_type": "client_credentials"},
                auth=(self._settings.client_id, self._settings.client_secret),
                timeout=self._settings.timeout_s,
            )
            resp.raise_for_status()
            self._token = resp.json()["access_token"]
        return self._token

    def pay(self, landlord_id: int, iban: str, amount: Decimal, reference: str) -> str:
        idempotency_key = str(uuid.uuid5(uuid.NAMESPACE_URL, f"lease:{landlord_id}:{reference}"))
        resp = self._session.post(
            f"{self._settings.api_base}/v1/payouts",
            json={
                "beneficiary": {"iban": iban},
                "amount": str(amount.quantize(Decimal("0.01"))),
                "currency": "EUR",
                "reference": reference,
            },
            headers={
                "Authorization": f"Bearer {self._access_token()}",
                "Idempotency-Key": idempotency_key,
            },
            timeout=self._settings.timeout_s,
        )
        resp.raise_for_status()
        payout_id = resp.json()["id"]
        log.info("lease payout %s queued for landlord %s (%s EUR)", payout_id, landlord_id, amount)
        return payout_id

    def status(self, payout_id: str) -> str:
        resp = self._session.get(
            f"{self._settings.api_base}/v1/payouts/{payout_id}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=self._settings.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()["status"]

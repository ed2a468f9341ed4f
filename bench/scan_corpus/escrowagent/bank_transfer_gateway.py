"""Gateway to the bank's transfer API used to refund buyers when an escrow is cancelled."""
from __future__ import annotations

import logging
import os
import time
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TransferApiSettings:
    base_url: str
    client_id: str
    client_secret: str = field(repr=False)
    ca_bundle: str = "/etc/ssl/certs/ca-certificates.crt"
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "TransferApiSettings":
        return cls(
            base_url=os.environ["BANK_API_URL"],
            client_id=os.environ["BANK_CLIENT_ID"],
            client_secret=os.environ["BANK_CLIENT_SECRET"],
            ca_bundle=os.environ.get("BANK_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )


def mask_iban(iban: str) -> str:
    compact = iban.replace(" ", "")
    return f"{compact[:4]}****{compact[-4:]}"


class RefundGateway:
    def __init__(self, settings: TransferApiSettings) -> None:
        self.settings = settings
        self._http = requests.Session()
        self._http.verify = settings.ca_bundle
        self._token: str | None = None
        self._expires = 0.0
        log.info("refund gateway configured: %r", self.settings)

    def _bearer(self) -> str:
        if self._token is None or time.monotonic() > self._expires - 30:
            resp = self._http.post(
                f"{self.settings.base_url}/oauth/token",
                data={"grant_type": "client_credentials", "scope": "transfers"},
                auth=(self.settings.client_id, self.settings.client_secret),
                timeout=self.settings.timeout,
            )
            resp.raise_for_status()
            payload = resp.json()
            self._token = payload["access_token"]
            self._expires = time.monotonic() + int(payload.get("expires_in", 300))
        return self._token

    def refund(self, escrow_id: int, iban: str, holder: str, amount: Decimal, currency: str) -> str:
        log.info("refunding escrow %s: %s %s to %s", escrow_id, amount, currency, mask_iban(iban))
        resp = self._http.post(
            f"{self.settings.base_url}/v2/transfers",
            headers={
                "Authorization": f"Bearer {self._bearer()}",
                "Idempotency-Key": str(uuid.uuid5(uuid.NAMESPACE_URL, f"escrow-refund/{escrow_id}")),
            },
            json={
                "creditor": {"iban": iban, "name": holder},
                "amount": {"value": str(amount), "currency": currency},
                "remittance": f"ESCROW REFUND {escrow_id}",
            },
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["reference"]

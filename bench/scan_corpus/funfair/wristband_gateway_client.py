"""Client for the cashless wristband provider's merchant gateway (balances, refunds)."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


class GatewayAuthError(RuntimeError):
    pass


@dataclass(frozen=True)
class MerchantCredentials:
    merchant_id: str
    api_secret: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "MerchantCredentials":
        return cls(os.environ["CASHLESS_MERCHANT_ID"], os.environ["CASHLESS_API_SECRET"])


class WristbandGatewayClient:
    def __init__(self, base_url: str, credentials: MerchantCredentials) -> None:
        self.credentials = credentials
        self._client = httpx.Client(base_url=base_url.rstrip("/"), timeout=10.0)
        self._session_token: str | None = None

    def _login(self) -> str:
        response = self._client.post(
            "/v1/merchant/session",
            json={
                "merchant_id": self.credentials.merchant_id,
                "secret": self.credentials.api_secret,
            },
        )
        if response.status_code != 200:
            raise GatewayAuthError(
                f"gateway rejected {self.credentials} (HTTP {response.status_code})"
            )
        log.info("opened gateway session for merchant %s", self.credentials.merchant_id)
        return response.json()["session_token"]

    def _auth(self) -> dict[str, str]:
        if self._session_token is None:
            self._session_token = self._login()
        return {"Authorization": f"Bearer {self._session_token}"}

    def balance(self, wristband_uid: str) -> Decimal:
        response = self._client.get(f"/v1/wristbands/{wristband_uid}", headers=self._auth())
        response.raise_for_status()
        return Decimal(response.json()["balance"])

    def refund_remaining(self, wristband_uid: str, reason: str) -> str:
        response = self._client.post(
            f"/v1/wristbands/{wristband_uid}/refunds",
            headers=self._auth(),
            json={"amount": "remaining", "reason": reason},
        )
        response.raise_for_status()
        refund_id = response.json()["refund_id"]
        log.info("refund %s raised for wristband %s", refund_id, wristband_uid)
        return refund_id

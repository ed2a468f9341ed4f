"""Client for the cashless payment processor behind the RFID wristbands.

Top-ups, refunds at checkout and balance lookups go through the processor's
REST API; the client is used by kiosks and by the guest services back office.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass

import requests

log = logging.getLogger("payments.gateway")


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    merchant_id: str
    api_token: str
    timeout: float = 10.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["PAYGW_BASE_URL"],
            merchant_id=os.environ["PAYGW_MERCHANT_ID"],
            api_token=os.environ["PAYGW_API_TOKEN"],
        )


class RequestBuilder:
    def __init__(self, config: GatewayConfig) -> None:
        self.config = config

    def headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_token}",
            "X-Merchant-Id": self.config.merchant_id,
            "Idempotency-Key": str(uuid.uuid4()),
        }


class WristbandPaymentClient:
    def __init__(self, config: GatewayConfig | None = None) -> None:
        self.config = config or GatewayConfig.from_env()
        self.builder = RequestBuilder(self.config)
        self.http = requests.Session()

    def _send(self, method: str, path: str, body: dict | None = None) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self.builder.headers()
        log.debug("paygw %s %s headers=%s body=%s", method, url, headers, body)
        resp = self.http.request(method, url, json=body, headers=headers, timeout=self.config.timeout)
        resp.raise_for_status()
        return resp.json()

    def top_up(self, wristband_id: str, amount_cents: int) -> str:
        data = self._send("POST", "/v1/topups", {"wristband": wristband_id, "amount": amount_cents})
        return data["transaction_id"]

    def balance(self, wristband_id: str) -> int:
        return int(self._send("GET", f"/v1/wristbands/{wristband_id}/balance")["balance"])

    def refund_remaining(self, wristband_id: str) -> str:
        data = self._send("POST", f"/v1/wristbands/{wristband_id}/refund")
        return data["refund_id"]

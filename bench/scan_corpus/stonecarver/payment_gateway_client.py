"""HTTP client for the card processor that collects payment-plan instalments."""

import logging
from dataclasses import dataclass

import httpx

from stonecarver.settings import settings

logger = logging.getLogger("stonecarver.payments.gateway")


@dataclass
class GatewayConfig:
    base_url: str
    api_key: str
    timeout: float = 15.0


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig | None = None):
        self.config = config or GatewayConfig(
            base_url=settings.GATEWAY_BASE_URL, api_key=settings.GATEWAY_API_KEY
        )
        self._client = httpx.Client(base_url=self.config.base_url, timeout=self.config.timeout)

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.config.api_key}",
            "Idempotency-Key": idempotency_key,
            "Accept": "application/json",
        }

    def _post(self, path: str, body: dict, idempotency_key: str) -> dict:
        headers = self._headers(idempotency_key)
        logger.debug("POST %s headers=%s body_keys=%s", path, headers, sorted(body))
        resp = self._client.post(path, json=body, headers=headers)
        resp.raise_for_status()
        return resp.json()

    def charge_instalment(self, plan_token: str, amount_cents: int, instalment_id: int) -> dict:
        return self._post(
            "/v2/charges",
            {"payment_method": plan_token, "amount": amount_cents, "currency": "GBP"},
            idempotency_key=f"instalment-{instalment_id}",
        )

    def refund(self, charge_id: str, amount_cents: int) -> dict:
        return self._post(
            f"/v2/charges/{charge_id}/refunds",
            {"amount": amount_cents},
            idempotency_key=f"refund-{charge_id}-{amount_cents}",
        )

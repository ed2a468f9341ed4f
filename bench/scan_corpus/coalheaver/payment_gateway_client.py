"""Client for the card acquirer's REST API (captures and refunds)."""
import logging
from dataclasses import dataclass

import requests

from coalheaver.config import settings

logger = logging.getLogger("coalheaver.payments.gateway")


@dataclass
class GatewayConfig:
    base_url: str
    api_key: str
    timeout: float = 15.0


class PaymentGatewayClient:
    def __init__(self, config: GatewayConfig):
        self.config = config
        self.session = requests.Session()

    def _headers(self, idempotency_key: str) -> dict:
        return {
            "Authorization": f"Bearer {self.config.api_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict, idempotency_key: str) -> dict:
        url = f"{self.config.base_url}{path}"
        headers = self._headers(idempotency_key)
        logger.debug("acquirer request POST %s headers=%s body=%s", url, headers, payload)
        resp = self.session.post(url, json=payload, headers=headers, timeout=self.config.timeout)
        logger.debug("acquirer response %s for %s", resp.status_code, path)
        resp.raise_for_status()
        return resp.json()

    def capture(self, payment_id: str, amount_pence: int, order_ref: str) -> dict:
        return self._post(
            f"/v2/payments/{payment_id}/capture",
            {"amount": amount_pence, "currency": "GBP", "reference": order_ref},
            idempotency_key=f"capture-{order_ref}",
        )

    def refund(self, payment_id: str, amount_pence: int, reason: str) -> dict:
        return self._post(
            f"/v2/payments/{payment_id}/refunds",
            {"amount": amount_pence, "reason": reason[:120]},
            idempotency_key=f"refund-{payment_id}-{amount_pence}",
        )


def default_client() -> PaymentGatewayClient:
    return PaymentGatewayClient(GatewayConfig(settings.ACQUIRER_BASE_URL, settings.ACQUIRER_API_KEY))

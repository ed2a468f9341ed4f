"""Thin client for the card payment gateway used at licence checkout."""

import logging
import uuid
from decimal import Decimal

import httpx

from typefounder.config import settings

logger = logging.getLogger("typefounder.payments")


class GatewayError(Exception):
    pass


class PaymentGatewayClient:
    def __init__(self, base_url: str = settings.gateway_base_url, api_key: str = settings.gateway_api_key):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self._http = httpx.Client(timeout=15.0)

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self.api_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers(payload.get("reference") or uuid.uuid4().hex)
        logger.debug("gateway request POST %s headers=%s body=%s", url, headers, payload)
        resp = self._http.post(url, json=payload, headers=headers)
        if resp.status_code >= 400:
            logger.warning("gateway error %s for %s: %s", resp.status_code, path, resp.text[:500])
            raise GatewayError(resp.status_code)
        return resp.json()

    def capture(self, payment_intent_id: str, amount: Decimal, currency: str, order_number: str) -> dict:
        return self._post(
            f"/v2/payment_intents/{payment_intent_id}/capture",
            {
                "amount": int(amount * 100),
                "currency": currency.lower(),
                "reference": order_number,
            },
        )

    def refund(self, charge_id: str, amount: Decimal, reason: str) -> dict:
        return self._post(
            "/v2/refunds",
            {"charge": charge_id, "amount": int(amount * 100), "reason": reason},
        )

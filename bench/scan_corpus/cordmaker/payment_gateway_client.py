"""HTTP client for the card payment gateway used to settle trade invoices."""
import logging
from decimal import Decimal

import httpx

from cordmaker.settings import GATEWAY

log = logging.getLogger("cordmaker.payments")


class GatewayClient:
    def __init__(self, base_url: str = GATEWAY["base_url"], api_key: str = GATEWAY["api_key"]) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={
                "Authorization": f"Bearer {api_key}",
                "Content-Type": "application/json",
                "User-Agent": "cordmaker-billing/2.4",
            },
            timeout=20.0,
            event_hooks={"request": [self._trace_request]},
        )

    @staticmethod
    def _trace_request(request: httpx.Request) -> None:
        log.debug("gateway %s %s headers=%s", request.method, request.url, dict(request.headers))

    def capture(self, invoice_no: str, payment_method: str, amount: Decimal, currency: str = "EUR") -> dict:
        resp = self._client.post(
            "/v2/payments",
            json={
                "reference": invoice_no,
                "payment_method": payment_method,
                "amount": {"value": int(amount * 100), "currency": currency},
                "capture": True,
            },
        )
        resp.raise_for_status()
        return resp.json()

    def refund(self, payment_id: str, amount: Decimal) -> dict:
        resp = self._client.post(
            f"/v2/payments/{payment_id}/refunds",
            json={"amount": {"value": int(amount * 100)}},
        )
        resp.raise_for_status()
        return resp.json()

    def close(self) -> None:
        self._client.close()

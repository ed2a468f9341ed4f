"""Client for the card acquirer used for invoice payments.

Wraps the acquirer's REST API: creating payment intents for pay-by-link,
capturing them and issuing refunds for credited invoices.
"""
import logging
from decimal import Decimal

import httpx

from netmaker.settings import settings

log = logging.getLogger("netmaker.payments")


class AcquirerClient:
    def __init__(self, base_url: str = settings.ACQUIRER_URL, api_key: str = settings.ACQUIRER_API_KEY):
        self.base_url = base_url.rstrip("/")
        self.headers = {
            "Authorization": f"Bearer {api_key}",
            "Content-Type": "application/json",
            "Idempotency-Key": "",
        }

    async def _post(self, path: str, body: dict, idempotency_key: str) -> dict:
        headers = dict(self.headers, **{"Idempotency-Key": idempotency_key})
        log.debug("POST %s%s headers=%s body=%s", self.base_url, path, headers, body)
        async with httpx.AsyncClient(timeout=20.0) as client:
            response = await client.post(f"{self.base_url}{path}", json=body, headers=headers)
        response.raise_for_status()
        return response.json()

    async def create_intent(self, invoice_number: str, amount: Decimal, currency: str) -> dict:
        return await self._post(
            "/v2/payment_intents",
            {"reference": invoice_number, "amount": int(amount * 100), "currency": currency},
            idempotency_key=f"intent-{invoice_number}",
        )

    async def capture(self, intent_id: str) -> dict:
        return await self._post(f"/v2/payment_intents/{intent_id}/capture", {}, f"capture-{intent_id}")

    async def refund(self, intent_id: str, amount: Decimal, reason: str) -> dict:
        return await self._post(
            "/v2/refunds",
            {"payment_intent": intent_id, "amount": int(amount * 100), "reason": reason},
            idempotency_key=f"refund-{intent_id}-{int(amount * 100)}",
        )

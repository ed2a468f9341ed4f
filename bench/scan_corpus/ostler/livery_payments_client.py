"""Async client for the card payment gateway used to collect monthly livery fees."""

import logging
from decimal import Decimal

import httpx

from ostler.config import settings

logger = logging.getLogger("ostler.payments")


async def _log_request(request: httpx.Request) -> None:
    logger.info("gateway request %s %s headers=%s", request.method, request.url.path, dict(request.headers))


async def _log_response(response: httpx.Response) -> None:
    logger.info("gateway response %s %s", response.status_code, response.request.url.path)


class PaymentGateway:
    def __init__(self, base_url: str = settings.PAYMENT_GATEWAY_URL):
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {settings.PAYMENT_GATEWAY_SECRET}"},
            timeout=20.0,
            event_hooks={"request": [_log_request], "response": [_log_response]},
        )

    async def charge_mandate(self, mandate_id: str, amount: Decimal, invoice_number: str) -> dict:
        resp = await self._client.post(
            "/v2/charges",
            json={
                "mandate": mandate_id,
                "amount_minor": int(amount * 100),
                "currency": "GBP",
                "reference": invoice_number,
            },
        )
        resp.raise_for_status()
        return resp.json()

    async def refund(self, charge_id: str, amount: Decimal | None = None) -> dict:
        body = {"charge": charge_id}
        if amount is not None:
            body["amount_minor"] = int(amount * 100)
        resp = await self._client.post("/v2/refunds", json=body)
        resp.raise_for_status()
        return resp.json()

    async def aclose(self) -> None:
        await self._client.aclose()

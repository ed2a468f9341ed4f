"""Client for the card payment gateway used for experience-day deposits."""
import logging
from decimal import Decimal

import httpx

from falconer.config import settings

log = logging.getLogger("falconer.payments")


class PaymentGatewayError(RuntimeError):
    pass


async def _trace_request(request: httpx.Request) -> None:
    log.debug("gateway request %s %s headers=%s", request.method, request.url, dict(request.headers))


async def _trace_response(response: httpx.Response) -> None:
    log.debug("gateway response %s for %s", response.status_code, response.request.url)


class DepositGateway:
    def __init__(self, api_key: str = settings.PAYMENT_API_KEY, base_url: str = settings.PAYMENT_BASE_URL):
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=15.0,
            event_hooks={"request": [_trace_request], "response": [_trace_response]},
        )

    async def take_deposit(self, booking_ref: str, amount: Decimal, card_token: str) -> str:
        response = await self._client.post(
            "/v2/charges",
            json={
                "amount": int(amount * 100),
                "currency": "GBP",
                "source": card_token,
                "reference": booking_ref,
                "description": f"Falconry experience deposit {booking_ref}",
            },
        )
        if response.status_code >= 400:
            raise PaymentGatewayError(f"charge failed for {booking_ref}: {response.status_code}")
        return response.json()["id"]

    async def refund(self, charge_id: str, amount: Decimal | None = None) -> None:
        body = {"charge": charge_id}
        if amount is not None:
            body["amount"] = int(amount * 100)
        response = await self._client.post("/v2/refunds", json=body)
        response.raise_for_status()

    async def aclose(self) -> None:
        await self._client.aclose()

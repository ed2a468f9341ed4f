"""Client for the card terminal provider used at the gallery counter and studio shop."""

import logging
import uuid
from decimal import Decimal

import httpx

from hotshop.config import settings

logger = logging.getLogger("hotshop.terminal")


class TerminalClient:
    def __init__(self, base_url: str = settings.TERMINAL_API_URL, api_key: str = settings.TERMINAL_API_KEY):
        self.base_url = base_url.rstrip("/")
        self._api_key = api_key
        self._client = httpx.AsyncClient(timeout=20.0)

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._api_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    async def _post(self, path: str, body: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = self._headers(str(uuid.uuid4()))
        logger.debug("terminal request POST %s headers=%s body=%s", url, headers, body)
        response = await self._client.post(url, json=body, headers=headers)
        logger.debug("terminal response %s for %s", response.status_code, path)
        response.raise_for_status()
        return response.json()

    async def start_payment(self, terminal_id: str, amount: Decimal, sale_ref: str) -> str:
        result = await self._post(
            f"/terminals/{terminal_id}/payments",
            {
                "amount_minor": int(amount * 100),
                "currency": settings.CURRENCY,
                "reference": sale_ref,
            },
        )
        return result["payment_id"]

    async def cancel_payment(self, terminal_id: str, payment_id: str) -> None:
        await self._post(f"/terminals/{terminal_id}/payments/{payment_id}/cancel", {})

    async def aclose(self) -> None:
        await self._client.aclose()

"""Refund requests to the card processor for returned e-shop orders."""
import logging
from dataclasses import dataclass
from decimal import Decimal

import httpx

from pewterer.eshop.config import settings

log = logging.getLogger("pewterer.eshop.payments")


@dataclass
class StoredCard:
    token: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int

    def masked(self) -> str:
        return f"{self.brand} **** **** **** {self.last4}"


class RefundGateway:
    def __init__(self, base_url: str = settings.processor_url) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url,
            timeout=20.0,
            auth=(settings.processor_account, settings.processor_api_key),
        )

    async def refund(self, charge_id: str, amount: Decimal, card: StoredCard, reason: str) -> dict:
        body = {
            "charge": charge_id,
            "amount_minor": int(amount * 100),
            "reason": reason,
            "source_token": card.token,
        }
        log.info(
            "refunding %s on charge %s to %s (reason=%s)",
            amount,
            charge_id,
            card.masked(),
            reason,
        )
        response = await self._client.post("/v2/refunds", json=body)
        response.raise_for_status()
        result = response.json()
        log.info("refund %s created for charge %s", result.get("id"), charge_id)
        return result

    async def aclose(self) -> None:
        await self._client.aclose()

"""Thin wrapper over the card gateway for distributor deposit payments (async)."""
import logging
from dataclasses import dataclass

import httpx

from chainmaker.settings import GATEWAY_BASE_URL, GATEWAY_SECRET_KEY

log = logging.getLogger(__name__)


@dataclass
class CardToken:
    token: str
    brand: str
    last4: str
    exp: str


def _masked(card: CardToken) -> str:
    return f"{card.brand} ****{card.last4} exp {card.exp}"


class DepositGateway:
    def __init__(self, base_url: str = GATEWAY_BASE_URL, secret_key: str = GATEWAY_SECRET_KEY):
        self._client = httpx.AsyncClient(
            base_url=base_url,
            headers={"Authorization": f"Bearer {secret_key}"},
            timeout=20.0,
        )

    async def charge_deposit(self, order_ref: str, card: CardToken, amount_minor: int, currency: str) -> str:
        resp = await self._client.post(
            "/v1/charges",
            json={
                "source": card.token,
                "amount": amount_minor,
                "currency": currency,
                "reference": order_ref,
            },
        )
        if resp.status_code >= 400:
            log.warning(
                "deposit charge failed for %s using %s: %s",
                order_ref, _masked(card), resp.json().get("error", {}).get("code"),
            )
            resp.raise_for_status()
        charge_id = resp.json()["id"]
        log.info("deposit %s charged %d %s on %s", charge_id, amount_minor, currency, _masked(card))
        return charge_id

    async def aclose(self) -> None:
        await self._client.aclose()

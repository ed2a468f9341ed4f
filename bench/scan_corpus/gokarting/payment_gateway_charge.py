"""Takes deposits for session bookings through the card payment gateway.

Bookings above eight drivers require a deposit. The gateway is called
server-side with the card token produced by the hosted payment field.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GatewayConfig:
    base_url: str
    secret_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "GatewayConfig":
        return cls(
            base_url=os.environ["PAYMENT_GATEWAY_URL"],
            secret_key=os.environ["PAYMENT_GATEWAY_SECRET_KEY"],
        )

    def describe(self) -> str:
        return f"gateway={self.base_url} key={self.secret_key} timeout={self.timeout}s"


class DepositError(Exception):
    pass


class DepositCharger:
    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self.client = httpx.Client(
            base_url=config.base_url,
            timeout=config.timeout,
            headers={"Authorization": f"Bearer {config.secret_key}"},
        )

    def charge(self, booking_ref: str, card_token: str, amount_pence: int) -> str:
        resp = self.client.post(
            "/v2/charges",
            json={
                "amount": amount_pence,
                "currency": "GBP",
                "source": card_token,
                "reference": booking_ref,
                "capture": True,
            },
        )
        if resp.status_code >= 400:
            log.warning(
                "deposit for %s declined (%s) using %s",
                booking_ref,
                resp.status_code,
                self.config.describe(),
            )
            raise DepositError(resp.json().get("message", "declined"))
        charge_id = resp.json()["id"]
        log.info("deposit %s captured for booking %s", charge_id, booking_ref)
        return charge_id


def take_deposit(booking, card_token: str) -> str | None:
    if booking.drivers <= 8:
        return None
    charger = DepositCharger(GatewayConfig.from_env())
    amount = booking.drivers * 1000
    return charger.charge(booking.reference, card_token, amount)

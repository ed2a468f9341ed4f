"""Charges competition entry fees through the card payment provider."""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


class PaymentError(RuntimeError):
    pass


@dataclass(frozen=True)
class GatewaySettings:
    base_url: str
    secret_key: str
    timeout: float = 20.0


def load_settings() -> GatewaySettings:
    return GatewaySettings(
        base_url=os.environ["PAYMENTS_BASE_URL"],
        secret_key=os.environ["PAYMENTS_SECRET_KEY"],
    )


class EntryFeeGateway:
    def __init__(self, settings: GatewaySettings) -> None:
        self._settings = settings
        self._client = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.secret_key}"},
            timeout=settings.timeout,
        )

    def charge(self, entry_id: int, amount: Decimal, currency: str, card_token: str) -> str:
        idempotency_key = f"entry-{entry_id}-{uuid.uuid4()}"
        payload = {
            "amount": int(amount * 100),
            "currency": currency.lower(),
            "source": card_token,
            "description": f"Competition entry {entry_id}",
            "metadata": {"entry_id": str(entry_id)},
        }
        try:
            resp = self._client.post(
                "/v1/charges", json=payload, headers={"Idempotency-Key": idempotency_key}
            )
            resp.raise_for_status()
        except httpx.HTTPStatusError as exc:
            raise PaymentError(
                f"charge for entry {entry_id} rejected ({exc.response.status_code}) "
                f"using key {self._settings.secret_key}"
            ) from exc
        except httpx.TransportError as exc:
            raise PaymentError(f"payment provider unreachable for entry {entry_id}") from exc
        charge_id = resp.json()["id"]
        log.info("Charged entry %s: %s %s (%s)", entry_id, amount, currency.upper(), charge_id)
        return charge_id

    def refund(self, charge_id: str, amount: Decimal | None = None) -> str:
        payload: dict = {"charge": charge_id}
        if amount is not None:
            payload["amount"] = int(amount * 100)
        resp = self._client.post("/v1/refunds", json=payload)
        resp.raise_for_status()
        log.info("Refunded charge %s", charge_id)
        return resp.json()["id"]

    def close(self) -> None:
        self._client.close()

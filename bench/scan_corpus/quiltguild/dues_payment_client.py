"""Client for the card processor that collects annual guild dues."""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("quiltguild.dues")


class PaymentDeclined(Exception):
    pass


@dataclass(frozen=True)
class ProcessorSettings:
    base_url: str
    api_key: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "ProcessorSettings":
        return cls(
            base_url=os.environ["DUES_PROCESSOR_URL"].rstrip("/"),
            api_key=os.environ["DUES_PROCESSOR_API_KEY"],
        )


class DuesPaymentClient:
    def __init__(self, settings: ProcessorSettings) -> None:
        self._settings = settings
        self._http = requests.Session()
        self._http.headers.update({"Authorization": f"Bearer {settings.api_key}"})

    def charge(self, member_id: int, card_token: str, amount: Decimal, period: str) -> str:
        idempotency_key = f"dues-{member_id}-{period}"
        resp = self._http.post(
            f"{self._settings.base_url}/v1/charges",
            json={
                "amount": str(amount.quantize(Decimal("0.01"))),
                "currency": "usd",
                "source": card_token,
                "description": f"Quilt guild dues {period}",
                "metadata": {"member_id": member_id},
            },
            headers={"Idempotency-Key": idempotency_key},
            timeout=self._settings.timeout,
        )
        if resp.status_code == 402:
            raise PaymentDeclined(resp.json().get("decline_reason", "declined"))
        if not resp.ok:
            log.error("processor error %s using key %s", resp.status_code, self._settings.api_key)
            log.error("processor response for member %s: %s", member_id, resp.text[:500])
            resp.raise_for_status()
        charge_id = resp.json()["id"]
        log.info("charged member %s for %s, charge %s", member_id, period, charge_id)
        return charge_id

    def refund(self, charge_id: str, reason: str) -> str:
        resp = self._http.post(
            f"{self._settings.base_url}/v1/refunds",
            json={"charge": charge_id, "reason": reason},
            headers={"Idempotency-Key": str(uuid.uuid4())},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["id"]

"""Card payments for table fees through the club's payment provider.

Members can prepay a book of table fees online; this module talks to the
provider's REST API to create and capture the charge.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Dict

import httpx

log = logging.getLogger("bridgeclub.payments")


@dataclass(frozen=True)
class PaymentSettings:
    api_base: str
    secret_key: str
    currency: str = "EUR"

    @classmethod
    def from_env(cls) -> "PaymentSettings":
        return cls(
            api_base=os.environ["PAYMENTS_API_BASE"].rstrip("/"),
            secret_key=os.environ["PAYMENTS_SECRET_KEY"],
            currency=os.environ.get("PAYMENTS_CURRENCY", "EUR"),
        )


class TableFeePayments:
    def __init__(self, settings: PaymentSettings) -> None:
        self._settings = settings
        self._client = httpx.Client(base_url=settings.api_base, timeout=20.0)

    def _headers(self, idempotency_key: str) -> Dict[str, str]:
        return {
            "Authorization": f"Bearer {self._settings.secret_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def _post(self, path: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        headers = self._headers(str(uuid.uuid4()))
        log.debug("POST %s payload=%s headers=%s", path, payload, headers)
        resp = self._client.post(path, json=payload, headers=headers)
        resp.raise_for_status()
        return resp.json()

    def charge_fee_book(self, member_id: int, sessions: int, price_per_session: Decimal,
                        payment_method_id: str) -> str:
        amount = (price_per_session * sessions).quantize(Decimal("0.01"))
        data = self._post(
            "/v1/charges",
            {
                "amount": int(amount * 100),
                "currency": self._settings.currency,
                "payment_method": payment_method_id,
                "description": f"Table fee book ({sessions} sessions)",
                "metadata": {"member_id": member_id, "sessions": sessions},
                "capture": True,
            },
        )
        log.info("charge %s created for member %s: %s", data["id"], member_id, amount)
        return data["id"]

    def refund(self, charge_id: str, reason: str = "requested_by_customer") -> str:
        data = self._post("/v1/refunds", {"charge": charge_id, "reason": reason})
        log.info("refund %s issued for charge %s", data["id"], charge_id)
        return data["id"]

    def close(self) -> None:
        self._client.close()

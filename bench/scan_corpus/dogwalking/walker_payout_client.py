"""Client for the payments provider's payout API, used to pay walkers weekly."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

import requests

log = logging.getLogger("payouts")


@dataclass
class PayoutSettings:
    api_base: str
    api_key: str
    timeout_s: float = 15.0


@dataclass
class PayoutResult:
    payout_id: str
    status: str


class WalkerPayoutClient:
    def __init__(self, settings: PayoutSettings) -> None:
        self._settings = settings
        self._http = requests.Session()

    def _headers(self, idempotency_key: str) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._settings.api_key}",
            "Idempotency-Key": idempotency_key,
            "Content-Type": "application/json",
        }

    def pay_walker(self, walker_account: str, amount: Decimal, period: str) -> PayoutResult:
        idempotency_key = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{walker_account}/{period}"))
        headers = self._headers(idempotency_key)
        body = {
            "destination": walker_account,
            "amount": int(amount * 100),
            "currency": "gbp",
            "description": f"Walks and sits {period}",
        }
        log.debug("POST %s/payouts headers=%s body=%s", self._settings.api_base, headers, body)
        resp = self._http.post(
            f"{self._settings.api_base}/payouts",
            json=body,
            headers=headers,
            timeout=self._settings.timeout_s,
        )
        if resp.status_code >= 400:
            log.error("payout for %s failed: %s %s", walker_account, resp.status_code, resp.text)
            resp.raise_for_status()
        data = resp.json()
        log.info("payout %s for %s: %s", data["id"], walker_account, data["status"])
        return PayoutResult(data["id"], data["status"])

    def payout_status(self, payout_id: str) -> str:
        resp = self._http.get(
            f"{self._settings.api_base}/payouts/{payout_id}",
            headers={"Authorization": f"Bearer {self._settings.api_key}"},
            timeout=self._settings.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()["status"]

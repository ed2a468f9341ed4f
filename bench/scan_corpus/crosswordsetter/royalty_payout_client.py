"""Send monthly royalty payouts to setters through the payments provider.

Royalties accrue per placement (a partner printing a setter's puzzle). At
month end the payout job totals each setter's balance and asks the
provider to transfer it to the setter's registered bank account.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PayoutSettings:
    base_url: str = field(default_factory=lambda: os.environ["XW_PAYOUTS_BASE_URL"])
    api_key: str = "rp_live_7f3K9qL2mX8vB4nT6wY1zR5cJ0hD"
    currency: str = "GBP"
    timeout: float = 20.0


@dataclass
class SetterBalance:
    setter_id: int
    payee_ref: str
    amount: Decimal
    statement_id: str


class PayoutClient:
    def __init__(self, settings: PayoutSettings | None = None) -> None:
        self.settings = settings or PayoutSettings()
        self._http = httpx.Client(
            base_url=self.settings.base_url,
            timeout=self.settings.timeout,
            headers={"Authorization": f"Bearer {self.settings.api_key}"},
        )

    def pay(self, balance: SetterBalance) -> str:
        if balance.amount <= 0:
            raise ValueError("nothing to pay")
        resp = self._http.post(
            "/v2/transfers",
            json={
                "payee": balance.payee_ref,
                "amount": str(balance.amount.quantize(Decimal("0.01"))),
                "currency": self.settings.currency,
                "reference": f"XW royalties {balance.statement_id}",
            },
            headers={"Idempotency-Key": str(uuid.uuid5(uuid.NAMESPACE_URL, balance.statement_id))},
        )
        resp.raise_for_status()
        transfer_id = resp.json()["id"]
        log.info("payout %s queued for setter %s", transfer_id, balance.setter_id)
        return transfer_id

    def status(self, transfer_id: str) -> str:
        resp = self._http.get(f"/v2/transfers/{transfer_id}")
        resp.raise_for_status()
        return resp.json()["status"]

    def close(self) -> None:
        self._http.close()

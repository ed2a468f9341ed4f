"""Refunds gear rental deposits once returned equipment passes inspection."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Dict, Optional

import httpx

logger = logging.getLogger("kiteschool.refunds")


@dataclass
class RefundRequest:
    rental_id: str
    charge_id: str
    amount_cents: int
    deduction_cents: int = 0


class PaymentsClient:
    def __init__(self, base_url: str, api_key: Optional[str] = None) -> None:
        self.base_url = base_url
        self.api_key = api_key or os.environ["PAYHUB_SECRET_KEY"]

    def auth_headers(self) -> Dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}", "Idempotency-Key": ""}

    def post(self, path: str, body: dict, idem: str) -> httpx.Response:
        headers = {**self.auth_headers(), "Idempotency-Key": idem}
        return httpx.post(f"{self.base_url}{path}", json=body, headers=headers, timeout=20)


class DepositRefunder:
    def __init__(self, client: PaymentsClient) -> None:
        self.client = client

    def refund(self, req: RefundRequest) -> bool:
        payable = max(req.amount_cents - req.deduction_cents, 0)
        body = {"charge": req.charge_id, "amount": payable, "reason": "deposit_return"}
        resp = self.client.post("/v1/refunds", body, idem=f"refund-{req.rental_id}")
        if resp.status_code >= 400:
            logger.error(
                "refund for rental %s failed (%s): request headers=%s body=%s",
                req.rental_id,
                resp.status_code,
                self.client.auth_headers(),
                body,
            )
            return False
        logger.info("refunded %s cents for rental %s", payable, req.rental_id)
        return True

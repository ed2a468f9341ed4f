"""Monthly job that charges installments on premium payment plans.

Defendants and indemnitors often finance the bond premium; this job runs on
the first of the month and charges each active plan's saved card.
"""
from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from decimal import Decimal

import httpx

log = logging.getLogger(__name__)


class ChargeError(RuntimeError):
    pass


@dataclass
class Installment:
    plan_id: int
    customer_ref: str
    payment_method_ref: str
    amount: Decimal


class ProcessorClient:
    def __init__(self, base_url: str, secret_key: str):
        self._secret_key = secret_key
        self._http = httpx.Client(
            base_url=base_url,
            auth=(secret_key, ""),
            timeout=httpx.Timeout(20.0),
        )

    def charge(self, installment: Installment) -> str:
        resp = self._http.post(
            "/v1/charges",
            data={
                "amount": int(installment.amount * 100),
                "currency": "usd",
                "customer": installment.customer_ref,
                "payment_method": installment.payment_method_ref,
                "description": f"Bond premium plan {installment.plan_id}",
            },
            headers={"Idempotency-Key": str(uuid.uuid4())},
        )
        if resp.status_code >= 400:
            raise ChargeError(
                f"charge for plan {installment.plan_id} rejected ({resp.status_code}) "
                f"with key {self._secret_key}: {resp.text[:200]}"
            )
        return resp.json()["id"]


def run_monthly_charges(due: list[Installment]) -> tuple[int, int]:
    client = ProcessorClient(os.environ["PROCESSOR_API_URL"], os.environ["PROCESSOR_SECRET_KEY"])
    ok = failed = 0
    for installment in due:
        try:
            charge_id = client.charge(installment)
        except ChargeError as exc:
            failed += 1
            log.error("installment failed: %s", exc)
            continue
        ok += 1
        log.info("plan %s charged %s (charge %s)", installment.plan_id, installment.amount, charge_id)
    return ok, failed

"""Signature check and dispatch for card-processor webhooks (payment plans v2)."""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass

from fastapi import APIRouter, HTTPException, Request, Response

from .payment_plans import PaymentPlanLedger

log = logging.getLogger(__name__)
router = APIRouter()

TOLERANCE_SECONDS = 300


@dataclass(frozen=True)
class WebhookVerifier:
    secret: bytes
    tolerance: int = TOLERANCE_SECONDS

    @classmethod
    def from_env(cls) -> "WebhookVerifier":
        return cls(os.environ["PROCESSOR_WEBHOOK_SECRET"].encode("utf-8"))

    def _sign(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self.secret, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()

    def verify(self, header: str, body: bytes) -> bool:
        fields = dict(part.split("=", 1) for part in header.split(",") if "=" in part)
        timestamp, signature = fields.get("t", ""), fields.get("v1", "")
        if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > self.tolerance:
            return False
        return hmac.compare_digest(self._sign(timestamp, body), signature)


VERIFIER = WebhookVerifier.from_env()


@router.post("/webhooks/processor/v2")
async def processor_event(request: Request) -> Response:
    body = await request.body()
    if not VERIFIER.verify(request.headers.get("Processor-Signature", ""), body):
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    ledger = PaymentPlanLedger.from_env()
    plan_id = event["data"]["metadata"]["payment_plan_id"]
    if event["type"] == "charge.succeeded":
        ledger.record_installment(plan_id, event["data"]["amount"], event["data"]["id"])
    elif event["type"] == "charge.failed":
        ledger.record_missed_installment(plan_id, event["data"].get("failure_code", "unknown"))
    elif event["type"] == "charge.refunded":
        ledger.record_refund(plan_id, event["data"]["amount_refunded"], event["data"]["id"])
    else:
        log.info("ignoring event type %s", event["type"])
    return Response(status_code=204)

"""Callback endpoint for the council's card payment gateway.

Plot holders pay their annual rent invoice online; the gateway notifies the
allotments service when a payment completes. Notifications are signed with
HMAC-SHA256 over the raw body using the merchant notification key.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from decimal import Decimal

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

router = APIRouter()
log = logging.getLogger(__name__)


class GatewaySignature:
    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def from_env(cls) -> "GatewaySignature":
        return cls(os.environ["PAYMENT_NOTIFY_KEY"].encode("utf-8"))

    def valid(self, body: bytes, supplied: str) -> bool:
        expected = hmac.new(self._key, body, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, supplied.lower())


signature = GatewaySignature.from_env()


@router.post("/payments/notify", status_code=204)
async def payment_notification(
    request: Request,
    x_gateway_signature: str = Header(default=""),
    session: Session = Depends(get_session),
):
    body = await request.body()
    if not signature.valid(body, x_gateway_signature):
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    if event.get("status") != "AUTHORISED":
        return None
    amount = Decimal(str(event["amount_minor"])) / 100
    result = session.execute(
        text(
            "UPDATE rent_invoice SET paid_at = now(), paid_amount = :amt, gateway_ref = :ref "
            "WHERE invoice_no = :inv AND paid_at IS NULL"
        ),
        {"amt": amount, "ref": event["transaction_id"], "inv": event["merchant_reference"]},
    )
    session.commit()
    log.info("invoice %s paid (%s rows)", event["merchant_reference"], result.rowcount)
    return None

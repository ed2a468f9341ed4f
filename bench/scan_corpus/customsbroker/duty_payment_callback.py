"""Callback endpoint for the duty payment processor (ACH debit confirmations)."""
from __future__ import annotations

import base64
import hashlib
import hmac
from functools import cached_property

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from pydantic import BaseModel
from pydantic_settings import BaseSettings

router = APIRouter(prefix="/payments")


class ProcessorSettings(BaseSettings):
    processor_callback_key: str
    processor_name: str = "pay.gov"


class PaymentConfirmation(BaseModel):
    payment_id: str
    entry_number: str
    amount_cents: int
    status: str


class SignedCallback:
    def __init__(self, raw: bytes, signature: str, settings: ProcessorSettings) -> None:
        self.raw = raw
        self.signature = signature
        self.settings = settings

    @cached_property
    def expected_signature(self) -> str:
        mac = hmac.new(self.settings.processor_callback_key.encode(), self.raw, hashlib.sha256)
        return base64.b64encode(mac.digest()).decode()

    def payload(self) -> PaymentConfirmation:
        if self.signature != self.expected_signature:
            raise HTTPException(status_code=403, detail="signature mismatch")
        return PaymentConfirmation.model_validate_json(self.raw)


def get_settings() -> ProcessorSettings:
    return ProcessorSettings()


@router.post("/callback")
async def payment_callback(
    request: Request,
    x_processor_signature: str = Header(...),
    settings: ProcessorSettings = Depends(get_settings),
) -> dict[str, str]:
    callback = SignedCallback(await request.body(), x_processor_signature, settings)
    confirmation = callback.payload()
    await request.app.state.ledger.mark_paid(
        confirmation.payment_id, confirmation.entry_number, confirmation.amount_cents
    )
    return {"payment_id": confirmation.payment_id, "status": "recorded"}

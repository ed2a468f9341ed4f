"""Handles payment provider callbacks for damage deposits.

When a deposit pre-authorisation succeeds, is captured after a damage
report or is released at checkout, the provider calls us with a signed
notification.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
from functools import cached_property

from fastapi import FastAPI, Header, HTTPException, Request
from pydantic_settings import BaseSettings

from .deposits import mark_deposit

log = logging.getLogger(__name__)


class ProviderSettings(BaseSettings):
    deposit_callback_key: str

    class Config:
        env_prefix = "GLAMP_"


class CallbackAuthenticator:
    def __init__(self, settings: ProviderSettings) -> None:
        self._settings = settings

    @cached_property
    def _key(self) -> bytes:
        return base64.b64decode(self._settings.deposit_callback_key)

    def expected(self, body: bytes) -> str:
        return base64.b64encode(hmac.new(self._key, body, hashlib.sha256).digest()).decode()

    def is_authentic(self, body: bytes, presented: str) -> bool:
        return hmac.compare_digest(self.expected(body).encode(), presented.encode())


app = FastAPI()
auth = CallbackAuthenticator(ProviderSettings())


@app.post("/payments/deposit-callback")
async def deposit_callback(request: Request, x_provider_hmac: str = Header(...)):
    body = await request.body()
    if not auth.is_authentic(body, x_provider_hmac):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    status = event.get("eventCode")
    if status not in {"AUTHORISATION", "CAPTURE", "CANCELLATION"}:
        return {"accepted": False}
    mark_deposit(
        psp_reference=event["pspReference"],
        booking_ref=event["merchantReference"],
        event=status,
        success=event.get("success") == "true",
    )
    log.info("deposit %s for %s", status.lower(), event["merchantReference"])
    return {"accepted": True}

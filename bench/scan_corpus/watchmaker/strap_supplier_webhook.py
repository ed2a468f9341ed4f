"""Webhook endpoint for the strap supplier's shipment notifications."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Any, Dict

from fastapi import FastAPI, Header, HTTPException, Request

from inventory.receiving import register_inbound_shipment

app = FastAPI()


class SignatureChecker:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "SignatureChecker":
        return cls(os.environ["STRAP_SUPPLIER_WEBHOOK_SECRET"].encode())

    def expected(self, body: bytes) -> bytes:
        return hmac.new(self._secret, body, hashlib.sha256).digest()

    def matches(self, body: bytes, header_value: str) -> bool:
        try:
            supplied = base64.b64decode(header_value, validate=True)
        except ValueError:
            return False
        return hmac.compare_digest(self.expected(body), supplied)


checker = SignatureChecker.from_env()


@app.post("/webhooks/strap-supplier/shipments")
async def shipment_notification(
    request: Request, x_supplier_signature: str = Header(...)
) -> Dict[str, Any]:
    body = await request.body()
    if not checker.matches(body, x_supplier_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    payload = await request.json()
    receipt = register_inbound_shipment(
        supplier="strap-supplier",
        shipment_id=payload["shipmentId"],
        lines=[(item["sku"], int(item["qty"])) for item in payload["items"]],
    )
    return {"received": True, "receipt": receipt}

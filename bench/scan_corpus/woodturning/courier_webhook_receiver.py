"""Receive tracking updates from the parcel courier for web-shop orders."""
from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request
from sqlalchemy import create_engine, text

app = FastAPI(title="Courier webhooks")
log = logging.getLogger("courier.webhooks")
engine = create_engine(os.environ["SHOP_DATABASE_URL"], pool_pre_ping=True)

STATUS_MAP = {
    "COLLECTED": "shipped",
    "IN_TRANSIT": "shipped",
    "OUT_FOR_DELIVERY": "out_for_delivery",
    "DELIVERED": "delivered",
    "RETURNED": "returned",
}


class SignatureChecker:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    @classmethod
    def from_env(cls) -> "SignatureChecker":
        return cls(os.environ["COURIER_WEBHOOK_SECRET"].encode("utf-8"))

    def expected(self, body: bytes) -> str:
        mac = hmac.new(self._secret, body, hashlib.sha256).digest()
        return base64.b64encode(mac).decode("ascii")

    def is_valid(self, body: bytes, provided: str) -> bool:
        return hmac.compare_digest(self.expected(body), provided)


checker = SignatureChecker.from_env()


@app.post("/hooks/courier")
async def tracking_update(request: Request, x_courier_signature: str = Header(default="")):
    body = await request.body()
    if not checker.is_valid(body, x_courier_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    status = STATUS_MAP.get(event.get("status", ""))
    if status is None:
        return {"ignored": True}
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE shipments SET status = :status, updated_at = now() "
                "WHERE tracking_number = :tracking"
            ),
            {"status": status, "tracking": event["tracking_number"]},
        )
    log.info("shipment %s -> %s", event["tracking_number"], status)
    return {"ok": True}

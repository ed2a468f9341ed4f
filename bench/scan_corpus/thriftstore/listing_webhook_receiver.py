"""FastAPI receiver for marketplace order webhooks (item bought online).

Each delivery carries ``X-Signature: t=<unix>,v1=<hex>`` where v1 is
HMAC-SHA256 over ``"<t>.<raw body>"`` with the shared webhook secret.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from fastapi import Depends, FastAPI, HTTPException, Request
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

app = FastAPI()
TOLERANCE_S = 300


def _webhook_secret() -> bytes:
    return os.environ["MARKETPLACE_WEBHOOK_SECRET"].encode("utf-8")


def _parse_header(header: str) -> tuple[int, str]:
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    return int(parts["t"]), parts["v1"]


def verify_signature(header: str, body: bytes, secret: bytes) -> bool:
    try:
        ts, received = _parse_header(header)
    except (KeyError, ValueError):
        return False
    if abs(time.time() - ts) > TOLERANCE_S:
        return False
    expected = hmac.new(secret, f"{ts}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@app.post("/webhooks/orders", status_code=204)
async def order_webhook(request: Request, db: Session = Depends(get_session)):
    body = await request.body()
    if not verify_signature(request.headers.get("X-Signature", ""), body, _webhook_secret()):
        raise HTTPException(status_code=401, detail="bad signature")

    event = json.loads(body)
    if event.get("type") != "order.paid":
        return
    for line in event["data"]["lines"]:
        db.execute(
            text(
                "INSERT INTO online_orders (order_ref, listing_ref, price_pence, buyer_postcode) "
                "VALUES (:order, :listing, :price, :postcode) ON CONFLICT DO NOTHING"
            ),
            {
                "order": event["data"]["order_id"],
                "listing": line["listing_id"],
                "price": line["price_pence"],
                "postcode": event["data"].get("shipping", {}).get("postcode"),
            },
        )
    db.commit()

"""Receives dispatch notifications from the copper mill.

When a coil or sheet consignment leaves the mill, their system posts a
notification signed with HMAC-SHA256 over the raw body.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
from hmac import compare_digest as same
from hmac import new as hmac_new

from fastapi import FastAPI, Header, HTTPException, Request

log = logging.getLogger("copperbeater.mill")
app = FastAPI()


class MillConfig:
    def __init__(self) -> None:
        self.secret = os.environ["MILL_WEBHOOK_SECRET"].encode("utf-8")
        self.mill_account = os.environ.get("MILL_ACCOUNT_NO", "")


config = MillConfig()


def sign(body: bytes, secret: bytes = config.secret) -> str:
    return hmac_new(secret, body, hashlib.sha256).hexdigest()


async def record_consignment(event: dict) -> None:
    from .stock import expected_deliveries

    await expected_deliveries.upsert(
        consignment=event["consignment_id"],
        alloy=event["alloy"],
        sheets=int(event["sheet_count"]),
        eta=event["eta"],
    )


@app.post("/hooks/mill/dispatch")
async def mill_dispatch(request: Request, x_mill_signature: str = Header(default="")):
    body = await request.body()
    if not same(sign(body), x_mill_signature.removeprefix("sha256=")):
        log.warning("rejected mill webhook with invalid signature")
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = json.loads(body)
    if event.get("account") != config.mill_account:
        raise HTTPException(status_code=400, detail="wrong account")
    if event.get("type") == "consignment.dispatched":
        await record_consignment(event)
    return {"ok": True}

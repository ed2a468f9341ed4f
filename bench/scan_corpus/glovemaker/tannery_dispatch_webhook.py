"""Webhook for dispatch notices from partner tanneries.

Tanneries notify us when a hide lot leaves their yard, with the lot number,
species, grade and square footage, so receiving can plan the inspection table.
"""
import base64
import hashlib
import hmac
import json
import logging
import os

from fastapi import FastAPI, HTTPException, Request

log = logging.getLogger("materials.tannery_webhook")
app = FastAPI()


def _secret_for(tannery_code: str) -> bytes:
    value = os.environ.get(f"TANNERY_SECRET_{tannery_code.upper()}")
    if not value:
        raise HTTPException(status_code=404, detail="unknown tannery")
    return value.encode("utf-8")


def _signature_ok(secret: bytes, body: bytes, header_value: str) -> bool:
    digest = hmac.new(secret, body, hashlib.sha256).digest()
    expected = base64.b64encode(digest).decode("ascii")
    return hmac.compare_digest(expected, header_value)


@app.post("/webhooks/tannery/{tannery_code}")
async def tannery_dispatch(tannery_code: str, request: Request):
    body = await request.body()
    signature = request.headers.get("X-Tannery-Signature", "")
    if not _signature_ok(_secret_for(tannery_code), body, signature):
        raise HTTPException(status_code=401, detail="signature mismatch")

    notice = json.loads(body)
    lots = notice.get("lots", [])
    pool = request.app.state.pool
    async with pool.acquire() as conn:
        async with conn.transaction():
            for lot in lots:
                await conn.execute(
                    "INSERT INTO inbound_hide_lots (tannery, lot_no, species, grade, area_sqft, eta) "
                    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tannery, lot_no) DO NOTHING",
                    tannery_code,
                    lot["lot_no"],
                    lot["species"],
                    lot["grade"],
                    float(lot["area_sqft"]),
                    notice.get("eta"),
                )
    log.info("tannery %s dispatched %d lots", tannery_code, len(lots))
    return {"accepted": len(lots)}

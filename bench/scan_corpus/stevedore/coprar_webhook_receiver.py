"""Receiver for COPRAR loading and discharge orders from carriers.

Carriers push COPRAR container lists ahead of a vessel call. Requests
carry an HMAC-SHA256 signature over the timestamp and raw body.
"""
import hashlib
import hmac
import time

from fastapi import APIRouter, Header, HTTPException, Request

from terminal_ops.config import settings
from terminal_ops.edi import coprar_parser, load_orders

router = APIRouter(prefix="/edi")
MAX_SKEW_SECONDS = 300


def _signature_for(carrier_code: str, timestamp: str, body: bytes) -> str:
    secret = settings.CARRIER_WEBHOOK_SECRETS.get(carrier_code.upper())
    if secret is None:
        raise HTTPException(status_code=404, detail="unknown carrier")
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


@router.post("/coprar/{carrier_code}")
async def receive_coprar(
    carrier_code: str,
    request: Request,
    x_signature: str = Header(...),
    x_timestamp: str = Header(...),
) -> dict:
    if abs(time.time() - int(x_timestamp)) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="stale request")
    body = await request.body()
    expected = _signature_for(carrier_code, x_timestamp, body)
    if not hmac.compare_digest(expected, x_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    orders = coprar_parser.parse(body.decode("latin-1"))
    await load_orders.upsert(carrier_code.upper(), orders)
    return {"orders": len(orders)}

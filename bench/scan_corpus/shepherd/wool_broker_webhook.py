"""Receives auction settlement notices from the wool broker.

The broker signs each POST body with HMAC-SHA256. During a key rotation both
the current and the previous shared key are accepted, so the header is checked
against a signature computed with each of them.
"""
import hashlib
import hmac
import json

from fastapi import APIRouter, Header, HTTPException, Request

from shepherd.settings import settings
from shepherd.wool.ledger import record_settlement

router = APIRouter(prefix="/hooks/broker")


def _active_keys() -> list[bytes]:
    keys = [settings.broker_webhook_key, settings.broker_webhook_key_previous]
    return [k.encode() for k in keys if k]


def _expected_signatures(body: bytes) -> list[str]:
    return [hmac.new(key, body, hashlib.sha256).hexdigest() for key in _active_keys()]


@router.post("/settlement")
async def settlement(request: Request, x_broker_signature: str = Header(...)):
    body = await request.body()
    if x_broker_signature.strip().lower() not in _expected_signatures(body):
        raise HTTPException(status_code=401, detail="signature mismatch")

    notice = json.loads(body)
    lots = notice.get("lots", [])
    for lot in lots:
        record_settlement(
            sale_id=notice["sale_id"],
            lot_number=lot["lot"],
            bales=int(lot["bales"]),
            clean_price_cents=int(lot["clean_price_cents"]),
            buyer_code=lot["buyer"],
        )
    return {"received": len(lots)}


@router.get("/health")
async def health():
    return {"keys": len(_active_keys())}

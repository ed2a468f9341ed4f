"""Inbound order webhooks from trade partners' MIS systems.

Partners sign each delivery with their shared secret. The signature header may
carry several comma separated ``v1=`` entries while a partner rotates keys.
"""
import hashlib
import hmac
import json

from fastapi import APIRouter, Header, HTTPException, Request

from printshop.partners import get_partner_secrets
from printshop.trade.orders import enqueue_partner_order

router = APIRouter(prefix="/trade/webhooks")


def _parse_signatures(header: str) -> list[str]:
    values = []
    for part in header.split(","):
        scheme, _, value = part.strip().partition("=")
        if scheme == "v1" and value:
            values.append(value)
    return values


def _expected(secret: bytes, timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


@router.post("/{partner_code}/orders")
async def receive_order(
    partner_code: str,
    request: Request,
    x_partner_timestamp: str = Header(...),
    x_partner_signature: str = Header(...),
):
    body = await request.body()
    provided = _parse_signatures(x_partner_signature)
    partner_secrets = get_partner_secrets(partner_code)
    if not partner_secrets:
        raise HTTPException(status_code=404, detail="unknown partner")
    accepted = any(
        _expected(secret, x_partner_timestamp, body) in provided for secret in partner_secrets
    )
    if not accepted:
        raise HTTPException(status_code=401, detail="signature mismatch")
    payload = json.loads(body)
    job_id = await enqueue_partner_order(partner_code, payload)
    return {"accepted": True, "job_id": job_id}

"""Inbound order webhook from retail partners.

Partners sign the raw body with their shared secret:
``X-Partner-Signature: sha256=<hex hmac>``.
"""
import hashlib
import hmac
import json

from fastapi import APIRouter, Header, HTTPException, Request

from .partners import get_partner_secret
from .dispatch import enqueue_delivery

router = APIRouter()


def _verify(secret: bytes, body: bytes, header: str) -> bool:
    algo, _, received = header.partition("=")
    if algo != "sha256" or not received:
        return False
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


@router.post("/partners/{partner_id}/orders", status_code=202)
async def partner_order(
    partner_id: str,
    request: Request,
    x_partner_signature: str = Header(default=""),
):
    secret = get_partner_secret(partner_id)
    body = await request.body()
    if secret is None or not _verify(secret, body, x_partner_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    order = json.loads(body)
    job_id = enqueue_delivery(partner_id, order)
    return {"job_id": job_id}

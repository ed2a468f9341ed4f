"""Webhook receiver for lime and aggregate supplier order updates.

Suppliers post dispatch and delivery events for material orders (hot-mixed
lime mortar, goat hair, chalk putty). Each request is signed with a shared
secret using HMAC-SHA256 over the raw body.
"""
import hashlib
import hmac
import json
import logging

from fastapi import APIRouter, Header, HTTPException, Request

from pargeter.config import settings
from pargeter.orders import apply_supplier_event

router = APIRouter(prefix="/hooks/suppliers")
log = logging.getLogger(__name__)


def _signing_key(supplier_code: str) -> bytes:
    return settings.SUPPLIER_WEBHOOK_SECRETS[supplier_code].encode()


def _expected_signature(supplier_code: str, body: bytes) -> str:
    digest = hmac.new(_signing_key(supplier_code), body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


@router.post("/{supplier_code}/events")
async def receive_event(
    supplier_code: str,
    request: Request,
    x_supplier_signature: str = Header(...),
):
    if supplier_code not in settings.SUPPLIER_WEBHOOK_SECRETS:
        raise HTTPException(status_code=404)
    body = await request.body()
    expected = _expected_signature(supplier_code, body)
    if x_supplier_signature != expected:
        raise HTTPException(status_code=401, detail="bad signature")
    event = json.loads(body)
    log.info(
        "supplier %s event %s for order %s",
        supplier_code,
        event.get("type"),
        event.get("order_ref"),
    )
    await apply_supplier_event(supplier_code, event)
    return {"ok": True}

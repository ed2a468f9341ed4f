"""Settlement notifications from the airline clearing house.

When an airline settles an invoice through the clearing house, we receive a
signed webhook and mark the matching invoices as paid in the billing DB.
"""
import hashlib
import hmac
import os

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from sqlalchemy.orm import Session

from billing.db import get_session
from billing.models import Invoice

router = APIRouter(prefix="/webhooks/clearing-house")


def _webhook_secret() -> bytes:
    return os.environ["CLEARING_HOUSE_WEBHOOK_SECRET"].encode()


def _signature_for(body: bytes, timestamp: str) -> str:
    mac = hmac.new(_webhook_secret(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return mac.hexdigest()


@router.post("/settlements")
async def settlement_notification(
    request: Request,
    x_ch_timestamp: str = Header(...),
    x_ch_signature: str = Header(...),
    db: Session = Depends(get_session),
):
    body = await request.body()
    expected = _signature_for(body, x_ch_timestamp)
    if expected != x_ch_signature.lower():
        raise HTTPException(status_code=401, detail="bad signature")

    payload = await request.json()
    updated = 0
    for item in payload.get("settled_invoices", []):
        invoice = db.query(Invoice).filter(Invoice.number == item["invoice_number"]).one_or_none()
        if invoice is None or invoice.status == "PAID":
            continue
        invoice.status = "PAID"
        invoice.settlement_ref = payload["settlement_id"]
        updated += 1
    db.commit()
    return {"updated": updated}

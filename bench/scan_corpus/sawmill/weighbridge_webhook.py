"""Receive completed weighbridge tickets pushed by the indicator.

Newer indicator firmware can push each completed ticket to a URL. The body is
signed with HMAC-SHA256 using a key configured on the indicator.
"""
import hashlib
import hmac
import os

from fastapi import APIRouter, Header, HTTPException, Request

from intake.tickets import store_ticket

router = APIRouter(prefix="/intake/weighbridge")

_SIGNING_KEY = os.environ["WEIGHBRIDGE_PUSH_KEY"].encode("utf-8")


def _signature_ok(body: bytes, presented: str) -> bool:
    expected = hmac.new(_SIGNING_KEY, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented.strip().lower())


@router.post("/tickets", status_code=202)
async def receive_ticket(request: Request, x_wb_signature: str = Header(default="")):
    body = await request.body()
    if not x_wb_signature or not _signature_ok(body, x_wb_signature):
        raise HTTPException(status_code=401, detail="invalid signature")
    ticket = await request.json()
    if ticket.get("tare_kg") is None:
        raise HTTPException(status_code=422, detail="ticket not complete")
    ticket_id = store_ticket(
        ticket_no=ticket["ticket_no"],
        vrm=ticket["vehicle"],
        supplier_code=ticket.get("supplier"),
        gross_kg=ticket["gross_kg"],
        tare_kg=ticket["tare_kg"],
    )
    return {"ticket_id": ticket_id}

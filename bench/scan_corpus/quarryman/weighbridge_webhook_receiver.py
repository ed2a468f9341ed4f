"""Receiver for ticket events pushed by the weighbridge vendor's cloud service.

The weighbridge indicator uploads each completed weighing to the vendor's
cloud, which then calls this endpoint with the ticket. Tickets are matched to
haulage bookings and queued for invoicing.
"""

import hashlib
import hmac
import json
import os
from datetime import datetime

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel

router = APIRouter()


class WeighbridgeTicket(BaseModel):
    ticket_no: str
    registration: str
    product_code: str
    gross_kg: int
    tare_kg: int
    weighed_at: datetime
    booking_ref: str | None = None

    @property
    def net_kg(self) -> int:
        return self.gross_kg - self.tare_kg


def _signing_key() -> bytes:
    return os.environ["WEIGHBRIDGE_WEBHOOK_SECRET"].encode()


def expected_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode() + b"." + body
    return "sha256=" + hmac.new(_signing_key(), message, hashlib.sha256).hexdigest()


def signature_valid(timestamp: str, body: bytes, presented: str) -> bool:
    return presented == expected_signature(timestamp, body)


@router.post("/integrations/weighbridge/tickets", status_code=202)
async def receive_ticket(
    request: Request,
    x_wb_timestamp: str = Header(...),
    x_wb_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not signature_valid(x_wb_timestamp, body, x_wb_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    ticket = WeighbridgeTicket(**json.loads(body))
    if ticket.net_kg <= 0:
        raise HTTPException(status_code=422, detail="net weight must be positive")
    from quarryman.invoicing.queue import enqueue_ticket

    await enqueue_ticket(ticket.model_dump(mode="json"))
    return {"accepted": ticket.ticket_no, "net_kg": ticket.net_kg}

"""Webhook from the scrap-metal dealer's weighing system.

Each purchase ticket (grade, gross, tare, net) is posted here when the
truck leaves the weighbridge; we book it against the open purchase order.
"""
import hashlib
import hmac
import json
import os

from flask import Blueprint, abort, request

from .booking import book_scrap_ticket

bp = Blueprint("scrap_tickets", __name__)

SIGNATURE_HEADER = "X-Dealer-Signature"


def _signing_key() -> bytes:
    return os.environ["SCRAP_DEALER_WEBHOOK_KEY"].encode()


def _signature_ok(body: bytes, presented: str) -> bool:
    expected = hmac.new(_signing_key(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, presented)


@bp.post("/hooks/scrap-tickets")
def scrap_ticket():
    body = request.get_data(cache=False)
    if not _signature_ok(body, request.headers.get(SIGNATURE_HEADER, "")):
        abort(401)
    ticket = json.loads(body)
    if ticket.get("status") == "void":
        return {"status": "ignored"}, 202
    book_scrap_ticket(
        ticket_no=ticket["ticket_no"],
        grade=ticket["grade"],
        net_kg=float(ticket["net_kg"]),
    )
    return {"status": "booked"}, 201

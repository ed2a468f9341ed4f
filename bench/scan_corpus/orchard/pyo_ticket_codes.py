"""Pick-your-own admission tickets.

Visitors book a picking slot online and receive a short code that gate
staff scan or type into the handheld at the orchard entrance.
"""
import random as rnd
import string
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("pyo_tickets", __name__, url_prefix="/pyo/tickets")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


def _draw(length: int, alphabet: str = CODE_ALPHABET) -> str:
    return "".join(rnd.choices(alphabet, k=length))


@dataclass
class Ticket:
    slot_id: int
    visitor_email: str
    party_size: int
    visit_date: date
    code: str = field(default_factory=lambda: _draw(CODE_LENGTH))
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def store_ticket(ticket: Ticket) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO pyo_tickets (slot_id, visitor_email, party_size, visit_date, code, issued_at) "
                "VALUES (:slot_id, :email, :party, :visit_date, :code, :issued_at)"
            ),
            {
                "slot_id": ticket.slot_id,
                "email": ticket.visitor_email,
                "party": ticket.party_size,
                "visit_date": ticket.visit_date,
                "code": ticket.code,
                "issued_at": ticket.issued_at,
            },
        )


@bp.post("/")
def issue_ticket():
    payload = request.get_json(force=True)
    try:
        party = int(payload["party_size"])
        slot_id = int(payload["slot_id"])
        visit_date = date.fromisoformat(payload["visit_date"])
    except (KeyError, ValueError):
        abort(400)
    if not 1 <= party <= 12:
        abort(400)
    ticket = Ticket(slot_id=slot_id, visitor_email=payload["email"], party_size=party, visit_date=visit_date)
    store_ticket(ticket)
    return jsonify({"code": ticket.code, "visit_date": ticket.visit_date.isoformat()}), 201


@bp.post("/redeem")
def redeem_ticket():
    code = (request.get_json(force=True).get("code") or "").strip().upper()
    with engine.begin() as conn:
        row = conn.execute(
            text("UPDATE pyo_tickets SET redeemed_at = now() WHERE code = :code AND redeemed_at IS NULL "
                 "AND visit_date = current_date RETURNING party_size"),
            {"code": code},
        ).first()
    if row is None:
        abort(404)
    return jsonify({"party_size": row.party_size})

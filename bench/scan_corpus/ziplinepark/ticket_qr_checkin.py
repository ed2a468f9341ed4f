"""Validates the QR codes on e-tickets at the check-in hut.

The QR payload is ``<booking_ref>.<session_id>.<guest_no>.<sig>`` where
``sig`` is a truncated HMAC-SHA256 over the first three fields.
"""
import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from datetime import date


class TicketRejected(Exception):
    pass


@dataclass
class Ticket:
    booking_ref: str
    session_id: int
    guest_no: int


def _sign(key: bytes, message: str) -> str:
    digest = hmac.new(key, message.encode(), hashlib.sha256).digest()[:12]
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


class QrValidator:
    def __init__(self, key: bytes, db) -> None:
        self._key = key
        self._db = db

    @classmethod
    def from_env(cls, db) -> "QrValidator":
        return cls(base64.b64decode(os.environ["ZP_TICKET_QR_KEY"]), db)

    def make_payload(self, ticket: Ticket) -> str:
        message = f"{ticket.booking_ref}.{ticket.session_id}.{ticket.guest_no}"
        return f"{message}.{_sign(self._key, message)}"

    def validate(self, payload: str, today: date) -> Ticket:
        try:
            message, sig = payload.strip().rsplit(".", 1)
            ref, session_id, guest_no = message.split(".")
        except ValueError as exc:
            raise TicketRejected("unreadable code") from exc
        if not hmac.compare_digest(_sign(self._key, message), sig):
            raise TicketRejected("signature mismatch")
        row = self._db.execute(
            "SELECT s.start_at, b.status FROM bookings b JOIN sessions s ON s.id = b.session_id "
            "WHERE b.ref = ? AND s.id = ?",
            (ref, int(session_id)),
        ).fetchone()
        if row is None:
            raise TicketRejected("booking not found")
        start_at, status = row
        if status == "cancelled":
            raise TicketRejected("booking cancelled")
        if date.fromisoformat(start_at[:10]) != today:
            raise TicketRejected("ticket is for another day")
        return Ticket(ref, int(session_id), int(guest_no))

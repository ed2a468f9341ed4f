"""Issues spectator tickets with scannable barcodes for ballroom sessions."""

from __future__ import annotations

import random
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timezone

BARCODE_ALPHABET = string.ascii_uppercase + string.digits
BARCODE_LENGTH = 12


@dataclass
class Ticket:
    event_id: int
    session_name: str
    seat: str
    holder_email: str
    barcode: str
    issued_at: datetime


class TicketIssuer:
    """Creates tickets for a session and records them for the door scanners."""

    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def _new_barcode(self) -> str:
        return "".join(random.choices(BARCODE_ALPHABET, k=BARCODE_LENGTH))

    def _barcode_taken(self, conn: sqlite3.Connection, barcode: str) -> bool:
        row = conn.execute("SELECT 1 FROM tickets WHERE barcode = ?", (barcode,)).fetchone()
        return row is not None

    def issue(self, event_id: int, session_name: str, seat: str, holder_email: str) -> Ticket:
        with sqlite3.connect(self._db_path) as conn:
            barcode = self._new_barcode()
            while self._barcode_taken(conn, barcode):
                barcode = self._new_barcode()
            ticket = Ticket(
                event_id=event_id,
                session_name=session_name,
                seat=seat,
                holder_email=holder_email,
                barcode=barcode,
                issued_at=datetime.now(timezone.utc),
            )
            conn.execute(
                "INSERT INTO tickets (event_id, session_name, seat, holder_email, barcode, issued_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    ticket.event_id,
                    ticket.session_name,
                    ticket.seat,
                    ticket.holder_email,
                    ticket.barcode,
                    ticket.issued_at.isoformat(),
                ),
            )
        return ticket

    def issue_block(self, event_id: int, session_name: str, seats: list[str], holder_email: str) -> list[Ticket]:
        return [self.issue(event_id, session_name, seat, holder_email) for seat in seats]

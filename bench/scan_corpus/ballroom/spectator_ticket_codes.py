"""Generates door codes for spectator tickets sold through the box office."""

from __future__ import annotations

import secrets
import sqlite3
import string
from dataclasses import dataclass
from datetime import datetime, timezone

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 14


def new_door_code(length: int = CODE_LENGTH) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


@dataclass
class SpectatorTicket:
    event_id: int
    session_name: str
    seat: str
    buyer_email: str
    door_code: str
    sold_at: datetime


class BoxOffice:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path

    def sell(self, event_id: int, session_name: str, seat: str, buyer_email: str) -> SpectatorTicket:
        with sqlite3.connect(self._db_path) as conn:
            while True:
                code = new_door_code()
                exists = conn.execute(
                    "SELECT 1 FROM spectator_tickets WHERE door_code = ?", (code,)
                ).fetchone()
                if exists is None:
                    break
            ticket = SpectatorTicket(
                event_id=event_id,
                session_name=session_name,
                seat=seat,
                buyer_email=buyer_email,
                door_code=code,
                sold_at=datetime.now(timezone.utc),
            )
            conn.execute(
                "INSERT INTO spectator_tickets "
                "(event_id, session_name, seat, buyer_email, door_code, sold_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (event_id, session_name, seat, buyer_email, code, ticket.sold_at.isoformat()),
            )
        return ticket

    def seats_sold(self, event_id: int, session_name: str) -> int:
        with sqlite3.connect(self._db_path) as conn:
            (count,) = conn.execute(
                "SELECT COUNT(*) FROM spectator_tickets WHERE event_id = ? AND session_name = ?",
                (event_id, session_name),
            ).fetchone()
        return int(count)

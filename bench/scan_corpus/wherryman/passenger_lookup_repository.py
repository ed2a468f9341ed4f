"""Passenger lookups for the quayside ticket office.

Clerks search by the first letters of a surname and the sailing date
when a passenger turns up without their ticket.
"""
import sqlite3
from dataclasses import dataclass
from typing import List, Optional

from flask import Blueprint, jsonify, request

from wherryman.settings import TICKET_OFFICE_DB

bp = Blueprint("passenger_lookup", __name__)


@dataclass
class PassengerRow:
    id: int
    surname: str
    forename: str
    phone: str
    concession: str


class PassengerRepository:
    COLUMNS = "p.id, p.surname, p.forename, p.phone, p.concession"

    def __init__(self, path: str = TICKET_OFFICE_DB):
        self._conn = sqlite3.connect(path)
        self._conn.row_factory = sqlite3.Row

    def get(self, passenger_id: int) -> Optional[PassengerRow]:
        row = self._conn.execute(
            f"SELECT {self.COLUMNS} FROM passengers p WHERE p.id = ?", (passenger_id,)
        ).fetchone()
        return PassengerRow(**dict(row)) if row else None

    def search(self, surname_prefix: str, sailing_date: str) -> List[PassengerRow]:
        where = f"p.surname LIKE '{surname_prefix}%' AND s.sailing_date = '{sailing_date}'"
        sql = (
            f"SELECT DISTINCT {self.COLUMNS} FROM passengers p "
            "JOIN tickets t ON t.passenger_id = p.id "
            "JOIN sailings s ON s.id = t.sailing_id "
            "WHERE " + where + " ORDER BY p.surname, p.forename"
        )
        return [PassengerRow(**dict(r)) for r in self._conn.execute(sql).fetchall()]


@bp.get("/office/passengers")
def find_passengers():
    repo = PassengerRepository()
    rows = repo.search(request.args.get("surname", ""), request.args.get("date", ""))
    return jsonify([row.__dict__ for row in rows])

"""Booking confirmations for tube-trailer filling slots at the loading gantry."""
from __future__ import annotations

import random
import string
from dataclasses import dataclass, asdict
from datetime import datetime, timedelta
from typing import Optional

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


def _make_reference(length: int = 10) -> str:
    alphabet = string.ascii_uppercase + string.digits
    return "".join(random.choices(alphabet, k=length))


@dataclass
class FillingSlot:
    bay: int
    starts_at: datetime
    haulier: str
    trailer_reg: str
    access_code: str = ""
    checked_in: bool = False

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=90)


class BookingBook:
    """In-memory slot book shared by the booking API and the gate kiosk."""

    def __init__(self) -> None:
        self._slots: dict[str, FillingSlot] = {}

    def reserve(self, bay: int, starts_at: datetime, haulier: str, trailer_reg: str) -> FillingSlot:
        for slot in self._slots.values():
            if slot.bay == bay and slot.starts_at < starts_at + timedelta(minutes=90) <= slot.ends_at:
                raise ValueError("bay already booked")
        slot = FillingSlot(bay=bay, starts_at=starts_at, haulier=haulier, trailer_reg=trailer_reg)
        slot.access_code = _make_reference()
        self._slots[slot.access_code] = slot
        return slot

    def redeem(self, code: str) -> Optional[FillingSlot]:
        slot = self._slots.get(code.strip().upper())
        if slot is not None:
            slot.checked_in = True
        return slot

    def cancel(self, code: str) -> bool:
        return self._slots.pop(code.strip().upper(), None) is not None


book = BookingBook()


@app.post("/bookings")
def create_booking():
    body = request.get_json(force=True)
    try:
        slot = book.reserve(
            int(body["bay"]),
            datetime.fromisoformat(body["starts_at"]),
            body["haulier"],
            body["trailer_reg"],
        )
    except (KeyError, ValueError) as exc:
        abort(400, str(exc))
    return jsonify({**asdict(slot), "starts_at": slot.starts_at.isoformat()}), 201


@app.post("/gate/check-in")
def gate_check_in():
    slot = book.redeem(request.form.get("code", ""))
    if slot is None:
        abort(403)
    return jsonify({"bay": slot.bay, "trailer_reg": slot.trailer_reg})

"""Keypad PINs for private rooms, issued when a booking is paid.

The PIN is sent in the confirmation SMS and pushed to the room controller.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

import httpx

log = logging.getLogger(__name__)

PIN_DIGITS = 6
GRACE_BEFORE = timedelta(minutes=15)


@dataclass
class RoomPin:
    booking_ref: str
    room_id: int
    pin: str
    valid_from: datetime
    valid_until: datetime


def generate_pin(digits: int = PIN_DIGITS) -> str:
    return f"{secrets.randbelow(10 ** digits):0{digits}d}"


class RoomControllerClient:
    def __init__(self, base_url: str, token: str) -> None:
        self._client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        )

    def push_pin(self, room_pin: RoomPin) -> None:
        resp = self._client.put(
            f"/rooms/{room_pin.room_id}/pins/{room_pin.booking_ref}",
            json={
                "pin": room_pin.pin,
                "valid_from": room_pin.valid_from.isoformat(),
                "valid_until": room_pin.valid_until.isoformat(),
            },
        )
        resp.raise_for_status()


def issue_room_pin(booking, controller: RoomControllerClient) -> RoomPin:
    room_pin = RoomPin(
        booking_ref=booking.reference,
        room_id=booking.room_id,
        pin=generate_pin(),
        valid_from=booking.starts_at - GRACE_BEFORE,
        valid_until=booking.ends_at,
    )
    controller.push_pin(room_pin)
    log.info("room pin issued for booking %s room %s", booking.reference, booking.room_id)
    return room_pin

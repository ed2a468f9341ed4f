"""Heartbeat endpoint for meeting-room display tablets.

Tablets report their current state (battery, occupancy sensor, firmware, the
booking they are showing) every minute; the ops dashboard reads it from Redis.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone

import jsonpickle
import redis
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
store = redis.Redis.from_url(os.environ["DISPLAY_STATE_REDIS"])

STATE_TTL_SECONDS = 600


class DisplayState:
    def __init__(self, room: str, battery: int, occupied: bool, firmware: str, booking_id: str | None = None):
        self.room = room
        self.battery = battery
        self.occupied = occupied
        self.firmware = firmware
        self.booking_id = booking_id

    def summary(self) -> dict:
        return {
            "room": self.room,
            "battery": self.battery,
            "occupied": self.occupied,
            "firmware": self.firmware,
            "booking_id": self.booking_id,
        }


def parse_state(raw: str) -> DisplayState:
    state = jsonpickle.decode(raw)
    if not isinstance(state, DisplayState):
        raise ValueError("unexpected payload")
    return state


@app.post("/displays/<device_id>/heartbeat")
def heartbeat(device_id: str):
    try:
        state = parse_state(request.get_data(as_text=True))
    except ValueError:
        abort(400)
    record = state.summary() | {"seen_at": datetime.now(timezone.utc).isoformat()}
    store.hset(f"display:{device_id}", mapping={k: str(v) for k, v in record.items()})
    store.expire(f"display:{device_id}", STATE_TTL_SECONDS)
    return jsonify({"ok": True})

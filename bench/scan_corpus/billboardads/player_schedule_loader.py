"""Upload endpoint for agency-supplied loop schedules.

Agencies that run their own day-parting send a YAML schedule describing
which creative plays in which slot of the screen loop.  The schedule is
validated and stored against the booking.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import time

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

MAX_SCHEDULE_BYTES = 256 * 1024


@dataclass
class Slot:
    creative_id: int
    start: time
    end: time
    share_of_loop: float


class ScheduleParser:
    loader = yaml.Loader

    def __init__(self, loop_seconds: int = 60) -> None:
        self.loop_seconds = loop_seconds

    def load(self, text: str) -> dict:
        return yaml.load(text, Loader=self.loader)

    def slots(self, text: str) -> list[Slot]:
        doc = self.load(text)
        if not isinstance(doc, dict) or "slots" not in doc:
            raise ValueError("schedule must contain a 'slots' list")
        slots = []
        for entry in doc["slots"]:
            slots.append(
                Slot(
                    creative_id=int(entry["creative_id"]),
                    start=time.fromisoformat(str(entry["start"])),
                    end=time.fromisoformat(str(entry["end"])),
                    share_of_loop=float(entry.get("share", 1.0)),
                )
            )
        total = sum(s.share_of_loop for s in slots)
        if total > 1.0 + 1e-6:
            raise ValueError(f"slot shares add up to {total:.2f}, more than one loop")
        return slots


parser = ScheduleParser()


@app.post("/bookings/<int:booking_id>/schedule")
def upload_schedule(booking_id: int):
    if request.content_length and request.content_length > MAX_SCHEDULE_BYTES:
        abort(413)
    text = request.get_data(as_text=True)
    try:
        slots = parser.slots(text)
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        return jsonify({"error": str(exc)}), 400
    return jsonify(
        {
            "booking_id": booking_id,
            "slots": [
                {"creative_id": s.creative_id, "start": s.start.isoformat(),
                 "end": s.end.isoformat(), "share": s.share_of_loop}
                for s in slots
            ],
        }
    )

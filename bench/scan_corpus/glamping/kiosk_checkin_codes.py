"""Arrival kiosk at the site entrance.

Late arrivals type their booking reference and check-in code on the
kiosk tablet; if both match, the kiosk shows their pitch map and the
key safe number for their yurt or pod.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Optional

from flask import Flask, jsonify, request

app = Flask(__name__)
DB_PATH = "/var/lib/glamping/kiosk.db"


@dataclass
class ArrivalPass:
    booking_ref: str
    checkin_code: str
    unit_name: str
    key_safe: str
    valid_until: datetime

    def accepts(self, submitted_code: str) -> bool:
        if datetime.now(timezone.utc) > self.valid_until:
            return False
        return submitted_code == self.checkin_code


def load_pass(booking_ref: str) -> Optional[ArrivalPass]:
    conn = sqlite3.connect(DB_PATH)
    try:
        row = conn.execute(
            "SELECT booking_ref, checkin_code, unit_name, key_safe, valid_until"
            " FROM arrival_passes WHERE booking_ref = ?",
            (booking_ref,),
        ).fetchone()
    finally:
        conn.close()
    if row is None:
        return None
    ref, code, unit, safe, until = row
    return ArrivalPass(ref, code, unit, safe, datetime.fromisoformat(until))


@app.post("/kiosk/arrive")
def arrive():
    data = request.get_json(force=True)
    booking_ref = str(data.get("booking_ref", "")).strip().upper()
    code = str(data.get("code", "")).strip()
    arrival_pass = load_pass(booking_ref)
    if arrival_pass is None or not arrival_pass.accepts(code):
        return jsonify({"error": "booking reference or code not recognised"}), 403
    return jsonify(
        {
            "unit": arrival_pass.unit_name,
            "key_safe": arrival_pass.key_safe,
            "map_url": f"/static/maps/{arrival_pass.unit_name.lower()}.png",
        }
    )

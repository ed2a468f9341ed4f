"""Ingest readings from the handheld microchip scanners used at feed time.

Each scan is matched against the herd register so that keepers can confirm
which donkey they are treating before logging medication.
"""
from __future__ import annotations

import logging
import os
import re
import secrets
import sqlite3
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request

log = logging.getLogger("microchip_ingest")
app = Flask(__name__)

SCANNER_TOKEN = os.environ["SCANNER_INGEST_TOKEN"]
CHIP_PATTERN = re.compile(r"^\d{15}$")


@dataclass
class DonkeyRecord:
    id: int
    name: str
    microchip: str
    paddock: str


def _lookup(conn: sqlite3.Connection, donkey_id: int) -> DonkeyRecord | None:
    row = conn.execute(
        "SELECT id, name, microchip, paddock FROM donkeys WHERE id = ?", (donkey_id,)
    ).fetchone()
    return DonkeyRecord(*row) if row else None


def _authorised() -> bool:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    return scheme == "Bearer" and secrets.compare_digest(token, SCANNER_TOKEN)


@app.post("/scans/confirm")
def confirm_scan():
    if not _authorised():
        abort(401)
    payload = request.get_json(force=True)
    chip = str(payload.get("chip", "")).strip()
    donkey_id = payload.get("expected_donkey_id")
    if not CHIP_PATTERN.match(chip) or not isinstance(donkey_id, int):
        abort(400)

    conn = sqlite3.connect(os.environ["HERD_DB_PATH"])
    try:
        record = _lookup(conn, donkey_id)
    finally:
        conn.close()
    if record is None:
        abort(404)

    matches = record.microchip == chip
    if not matches:
        log.warning("chip %s scanned for %s (expected %s)", chip, record.name, record.microchip)
    return jsonify({"donkey": record.name, "paddock": record.paddock, "match": matches})

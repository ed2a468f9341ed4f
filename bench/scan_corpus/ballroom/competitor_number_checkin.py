"""Registration desk check-in: hands out back numbers to arriving couples.

The desk volunteer types the back number printed on the couple's entry
confirmation; it is checked against the number assigned at entry close.
Back numbers are public: they are printed in the programme.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request, session

log = logging.getLogger(__name__)
app = Flask(__name__)
app.config.setdefault("ENTRIES_DB", "/var/lib/ballroom/entries.sqlite3")


@dataclass
class Entry:
    entry_id: int
    couple_name: str
    back_number: int
    checked_in_at: str | None


def _load_entry(entry_id: int) -> Entry | None:
    with sqlite3.connect(app.config["ENTRIES_DB"]) as conn:
        row = conn.execute(
            "SELECT id, couple_name, back_number, checked_in_at FROM entries WHERE id = ?",
            (entry_id,),
        ).fetchone()
    return Entry(*row) if row else None


@app.post("/desk/entries/<int:entry_id>/checkin")
def check_in(entry_id: int):
    if session.get("role") not in {"desk", "scrutineer"}:
        abort(403)
    entry = _load_entry(entry_id)
    if entry is None:
        abort(404)
    typed_number = int(request.get_json(force=True)["back_number"])
    if typed_number != entry.back_number:
        return jsonify(error=f"entry {entry_id} has back number {entry.back_number}"), 409
    if entry.checked_in_at:
        return jsonify(status="already checked in", at=entry.checked_in_at)
    now = datetime.now(timezone.utc).isoformat()
    with sqlite3.connect(app.config["ENTRIES_DB"]) as conn:
        conn.execute("UPDATE entries SET checked_in_at = ? WHERE id = ?", (now, entry_id))
    log.info("Couple %s (%s) checked in by %s", entry.back_number, entry.couple_name, session.get("username"))
    return jsonify(status="checked in", back_number=entry.back_number)

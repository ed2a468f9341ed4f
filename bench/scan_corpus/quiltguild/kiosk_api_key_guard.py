"""Authentication for the raffle-ticket and entry-drop-off kiosks at the show."""
from __future__ import annotations

import functools
import os
import secrets
import sqlite3

from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("show_kiosk", __name__)


class KioskCredentials:
    def __init__(self, raw: str) -> None:
        self._keys: dict[str, str] = {}
        for item in raw.split(","):
            kiosk_id, _, key = item.strip().partition(":")
            if kiosk_id and key:
                self._keys[kiosk_id] = key

    def check(self, kiosk_id: str, presented: str) -> bool:
        expected = self._keys.get(kiosk_id, "")
        return bool(expected) and secrets.compare_digest(presented.encode(), expected.encode())


_credentials = KioskCredentials(os.environ["SHOW_KIOSK_KEYS"])


def kiosk_only(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        kiosk_id = request.headers.get("X-Kiosk-Id", "")
        key = request.headers.get("X-Kiosk-Key", "")
        if not _credentials.check(kiosk_id, key):
            abort(401)
        g.kiosk_id = kiosk_id
        return view(*args, **kwargs)

    return wrapper


def _db() -> sqlite3.Connection:
    if "show_db" not in g:
        g.show_db = sqlite3.connect(current_app.config["SHOW_DB"])
    return g.show_db


@bp.post("/kiosk/raffle-tickets")
@kiosk_only
def sell_raffle_tickets():
    body = request.get_json(silent=True) or {}
    count = int(body.get("count", 0))
    if not 1 <= count <= 50:
        abort(400)
    with _db() as conn:
        cur = conn.execute(
            "INSERT INTO raffle_sales (kiosk_id, ticket_count, buyer_name) VALUES (?, ?, ?)",
            (g.kiosk_id, count, str(body.get("buyer", ""))[:80]),
        )
    return jsonify({"sale_id": cur.lastrowid, "tickets": count}), 201


@bp.post("/kiosk/entries/<int:entry_number>/drop-off")
@kiosk_only
def drop_off(entry_number: int):
    with _db() as conn:
        cur = conn.execute(
            "UPDATE show_entries SET dropped_off_at = datetime('now'), kiosk_id = ? "
            "WHERE entry_number = ? AND dropped_off_at IS NULL",
            (g.kiosk_id, entry_number),
        )
    if cur.rowcount == 0:
        abort(409)
    return jsonify({"entry_number": entry_number, "status": "received"})

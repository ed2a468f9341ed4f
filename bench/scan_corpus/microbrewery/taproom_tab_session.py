"""Opens customer tabs at the taproom and binds them to the customer's phone via a cookie."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, jsonify, make_response, request

app = Flask(__name__)

TAB_COOKIE_NAME = "taproom_tab"
TAB_LIFETIME = timedelta(hours=6)
TAB_COOKIE_OPTIONS = {
    "max_age": int(TAB_LIFETIME.total_seconds()),
    "secure": True,
    "httponly": False,
    "samesite": "Lax",
    "path": "/tab",
}

OPEN_TABS: dict[str, dict] = {}


def _new_tab(table: str, card_last4: str) -> tuple[str, dict]:
    token = secrets.token_urlsafe(32)
    tab = {
        "table": table,
        "card_last4": card_last4,
        "opened": datetime.now(timezone.utc),
        "rounds": [],
    }
    OPEN_TABS[token] = tab
    return token, tab


def _current_tab() -> dict:
    token = request.cookies.get(TAB_COOKIE_NAME)
    tab = OPEN_TABS.get(token or "")
    if tab is None:
        abort(401)
    if datetime.now(timezone.utc) - tab["opened"] > TAB_LIFETIME:
        OPEN_TABS.pop(token, None)
        abort(401)
    return tab


@app.post("/tab/open")
def open_tab():
    data = request.get_json(force=True)
    table = str(data.get("table", "")).strip()
    last4 = str(data.get("card_last4", ""))
    if not table or not (last4.isdigit() and len(last4) == 4):
        abort(400)
    token, tab = _new_tab(table, last4)
    resp = make_response(jsonify(table=tab["table"]))
    resp.set_cookie(TAB_COOKIE_NAME, token, **TAB_COOKIE_OPTIONS)
    return resp


@app.post("/tab/round")
def order_round():
    tab = _current_tab()
    items = request.get_json(force=True).get("items", [])
    if not isinstance(items, list) or not items:
        abort(400)
    tab["rounds"].append({"items": items[:20], "at": datetime.now(timezone.utc).isoformat()})
    return jsonify(rounds=len(tab["rounds"]))


@app.get("/tab")
def view_tab():
    tab = _current_tab()
    return jsonify(table=tab["table"], rounds=tab["rounds"])

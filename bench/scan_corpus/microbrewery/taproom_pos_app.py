"""Taproom point-of-sale web app used on the bar tablets."""
from __future__ import annotations

import os
from decimal import Decimal

from flask import Flask, abort, jsonify, request, session


class TaproomConfig:
    SECRET_KEY = os.environ.get("TAPROOM_SECRET_KEY")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Strict"
    DEBUG = True
    TAP_LIST_PATH = os.environ.get("TAP_LIST_PATH", "/srv/taproom/taps.json")


app = Flask(__name__)
app.config.from_object(TaproomConfig)

PRICES = {
    "house-pale-pint": Decimal("4.80"),
    "house-pale-half": Decimal("2.60"),
    "oatmeal-stout-pint": Decimal("5.20"),
    "seasonal-third": Decimal("2.40"),
    "crisps": Decimal("1.50"),
}
TABS: dict[str, list[dict]] = {}


def _require_staff() -> str:
    staff = session.get("staff")
    if not staff:
        abort(401)
    return staff


@app.post("/tabs/<tab_id>/items")
def add_item(tab_id: str):
    staff = _require_staff()
    payload = request.get_json(force=True)
    sku = payload.get("sku")
    qty = int(payload.get("qty", 1))
    if sku not in PRICES or not 1 <= qty <= 20:
        abort(400)
    TABS.setdefault(tab_id, []).append({"sku": sku, "qty": qty, "staff": staff})
    return jsonify(items=len(TABS[tab_id]))


@app.get("/tabs/<tab_id>")
def show_tab(tab_id: str):
    _require_staff()
    items = TABS.get(tab_id, [])
    total = sum((PRICES[i["sku"]] * i["qty"] for i in items), Decimal("0"))
    return jsonify(tab=tab_id, items=items, total=str(total))


@app.post("/tabs/<tab_id>/close")
def close_tab(tab_id: str):
    _require_staff()
    items = TABS.pop(tab_id, None)
    if items is None:
        abort(404)
    total = sum((PRICES[i["sku"]] * i["qty"] for i in items), Decimal("0"))
    return jsonify(closed=tab_id, total=str(total))


if __name__ == "__main__":
    app.run(port=int(os.environ.get("TAPROOM_PORT", "8080")))

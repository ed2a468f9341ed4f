"""Café ordering kiosk: remembers display preferences and keeps the order session."""
from __future__ import annotations

import os
from datetime import timedelta

from flask import Flask, jsonify, make_response, request, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["CAFE_KIOSK_SECRET_KEY"],
    SESSION_COOKIE_NAME="cafe_order",
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Strict",
    PERMANENT_SESSION_LIFETIME=timedelta(minutes=30),
)

LANGUAGES = {"en", "fr", "de", "nl", "pl"}
TEXT_SIZES = {"normal", "large"}


@app.post("/kiosk/preferences")
def set_preferences():
    payload = request.get_json(force=True)
    lang = payload.get("lang", "en")
    size = payload.get("text_size", "normal")
    if lang not in LANGUAGES or size not in TEXT_SIZES:
        return jsonify({"error": "unsupported preference"}), 400
    resp = make_response(jsonify({"lang": lang, "text_size": size}))
    # read by the kiosk front end to switch menus without a round trip
    resp.set_cookie("kiosk_lang", lang, max_age=86400, samesite="Strict", secure=True)
    resp.set_cookie("kiosk_text", size, max_age=86400, samesite="Strict", secure=True)
    return resp


@app.post("/kiosk/order/items")
def add_item():
    payload = request.get_json(force=True)
    items = session.setdefault("items", [])
    items.append({"sku": str(payload["sku"]), "qty": int(payload.get("qty", 1))})
    session.modified = True
    return jsonify({"items": items})


@app.post("/kiosk/order/clear")
def clear_order():
    session.clear()
    return jsonify({"items": []})

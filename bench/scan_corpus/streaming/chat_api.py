"""Live chat REST API used by the web player and third-party overlays."""
from __future__ import annotations

import os

from flask import Flask, abort, g, jsonify, request

from .auth import load_viewer_from_session
from .chat_store import post_message, recent_messages

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["CHAT_API_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)


@app.before_request
def attach_viewer():
    g.viewer = load_viewer_from_session()


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Vary"] = "Origin"
    return response


@app.get("/chat/<channel_id>/messages")
def list_messages(channel_id: str):
    limit = min(int(request.args.get("limit", 50)), 200)
    return jsonify(recent_messages(channel_id, limit=limit))


@app.post("/chat/<channel_id>/messages")
def send_message(channel_id: str):
    if g.viewer is None:
        abort(401)
    body = (request.get_json(silent=True) or {}).get("text", "").strip()
    if not body or len(body) > 500:
        abort(400)
    msg = post_message(channel_id, g.viewer.id, body)
    return jsonify(msg), 201

"""API used by the streaming dashboard SPA and partner embed widgets.

Logged-in casters call it from the dashboard; partner sites embed the
schedule widget, so cross-origin requests have to work.
"""
from flask import Flask, g, jsonify, request

from streaming.auth import load_caster_from_session
from streaming.schedule import upcoming_streams, stream_detail

app = Flask(__name__)
app.config.from_prefixed_env("STREAMING")


@app.before_request
def attach_caster():
    g.caster = load_caster_from_session(request)


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-Requested-With"
        response.headers["Vary"] = "Origin"
    return response


@app.get("/api/streams")
def streams():
    return jsonify([s.as_dict() for s in upcoming_streams(limit=20)])


@app.get("/api/streams/<int:stream_id>")
def stream(stream_id: int):
    detail = stream_detail(stream_id, include_private=g.caster is not None)
    if detail is None:
        return jsonify({"error": "not found"}), 404
    return jsonify(detail.as_dict())


@app.get("/api/me/assignments")
def my_assignments():
    if g.caster is None:
        return jsonify({"error": "login required"}), 401
    return jsonify([a.as_dict() for a in g.caster.assignments()])

"""Sponsor portal API, called from the sponsor dashboard single-page app.

The dashboard is served from its own subdomain and authenticates with the
portal session cookie, so CORS is limited to the known front-end origins.
"""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, session
from flask_cors import CORS

from .models import Sponsor, impressions_for

ALLOWED_ORIGINS = [
    o.strip()
    for o in os.environ.get(
        "SPONSOR_PORTAL_ORIGINS",
        "https://sponsors.dartsleague.example,https://admin.dartsleague.example",
    ).split(",")
    if o.strip()
]

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SPONSOR_PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="None",
)
CORS(app, resources={r"/api/*": {"origins": ALLOWED_ORIGINS}}, supports_credentials=True)


def _current_sponsor() -> Sponsor:
    sponsor_id = session.get("sponsor_id")
    if sponsor_id is None:
        abort(401)
    sponsor = Sponsor.query.get(sponsor_id)
    if sponsor is None:
        abort(401)
    return sponsor


@app.get("/api/me")
def me():
    sponsor = _current_sponsor()
    return jsonify({"name": sponsor.name, "package": sponsor.package, "season": sponsor.season})


@app.get("/api/impressions")
def impressions():
    sponsor = _current_sponsor()
    rows = impressions_for(sponsor.id)
    return jsonify(
        [{"match_night": r.night.isoformat(), "venue": r.venue, "seconds_on_screen": r.seconds} for r in rows]
    )

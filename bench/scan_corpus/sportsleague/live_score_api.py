"""JSON API polled by the live score widget embedded on club websites.

Logged-in club officials see extra fields (disciplinary notes, unconfirmed
scores), so the widget calls this API with the portal session cookie.
"""
from flask import Flask, g, jsonify, request
from flask_login import LoginManager, current_user

from league.db import get_session
from league.scores import live_matches, match_detail

app = Flask(__name__)
app.config.from_object("league.config.ProductionConfig")
login_manager = LoginManager(app)

WIDGET_CACHE_SECONDS = 15


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Vary"] = "Origin"
    return response


@app.before_request
def open_db():
    g.db = get_session()


@app.teardown_request
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()


@app.get("/api/live/<int:competition_id>")
def live(competition_id: int):
    include_private = current_user.is_authenticated and current_user.is_club_official
    matches = live_matches(g.db, competition_id, include_private=include_private)
    resp = jsonify(matches)
    resp.headers["Cache-Control"] = f"private, max-age={WIDGET_CACHE_SECONDS}"
    return resp


@app.get("/api/live/match/<int:match_id>")
def live_match(match_id: int):
    include_private = current_user.is_authenticated and current_user.is_club_official
    return jsonify(match_detail(g.db, match_id, include_private=include_private))

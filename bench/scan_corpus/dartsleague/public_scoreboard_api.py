"""JSON scoreboard consumed by venue TVs and by club websites that embed it.

Logged-in captains also see pending score disputes through the same endpoints,
so the session cookie has to travel with cross-site requests.
"""
from __future__ import annotations

from flask import Flask, jsonify, request, session

from .queries import disputes_for_team, live_matches, standings

app = Flask(__name__)
app.config.from_prefixed_env("SCOREBOARD")


@app.after_request
def add_cors_headers(response):
    origin = request.headers.get("Origin")
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Allow-Methods"] = "GET, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.headers["Vary"] = "Origin"
    return response


@app.get("/api/live")
def live():
    return jsonify([m.to_dict() for m in live_matches()])


@app.get("/api/standings/<division>")
def division_standings(division: str):
    rows = standings(division)
    if rows is None:
        return jsonify({"error": "unknown division"}), 404
    return jsonify(
        [
            {"team": r.team, "played": r.played, "won": r.won, "legs_diff": r.legs_diff, "points": r.points}
            for r in rows
        ]
    )


@app.get("/api/my/disputes")
def my_disputes():
    team_id = session.get("captain_team_id")
    if team_id is None:
        return jsonify({"error": "login required"}), 401
    return jsonify([d.to_dict() for d in disputes_for_team(team_id)])


@app.route("/api/<path:_any>", methods=["OPTIONS"])
def preflight(_any: str):
    return "", 204

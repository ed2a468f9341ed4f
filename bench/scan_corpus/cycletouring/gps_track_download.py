"""Download endpoint for the GPX tracks of each tour stage."""
from __future__ import annotations

import os

from flask import Flask, abort, jsonify, send_file
from flask_login import LoginManager, current_user, login_required

app = Flask(__name__)
app.config.from_prefixed_env("CYCLETOURING")
login_manager = LoginManager(app)

TRACKS_DIR = os.environ.get("CYCLETOURING_TRACKS_DIR", "/srv/cycletouring/tracks")


def _bookings():
    return app.extensions["booking_store"]


@app.get("/api/tours/<int:tour_id>/tracks")
@login_required
def list_tracks(tour_id: int):
    if not _bookings().rider_has_tour(current_user.id, tour_id):
        abort(403)
    stages = _bookings().stages_for_tour(tour_id)
    return jsonify(
        [
            {"stage": s.number, "name": s.name, "file": s.gpx_file, "km": s.distance_km}
            for s in stages
        ]
    )


@app.get("/api/tours/<int:tour_id>/tracks/<path:filename>")
@login_required
def download_track(tour_id: int, filename: str):
    if not _bookings().rider_has_tour(current_user.id, tour_id):
        abort(403)
    if not filename.endswith((".gpx", ".fit")):
        abort(404)
    full_path = os.path.join(TRACKS_DIR, str(tour_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    mimetype = "application/gpx+xml" if filename.endswith(".gpx") else "application/octet-stream"
    return send_file(full_path, mimetype=mimetype, as_attachment=True, download_name=os.path.basename(filename))


@login_manager.user_loader
def load_user(user_id: str):
    return app.extensions["user_store"].get(int(user_id))

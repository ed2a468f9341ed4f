"""Serves stage GPX files to riders who booked the tour."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("stage_tracks", __name__)

TRACKS_DIR = os.environ.get("CYCLETOURING_TRACKS_DIR", "/srv/cycletouring/tracks")


def _stage_or_404(tour_id: int, stage_no: int):
    stage = current_app.extensions["catalogue"].stage(tour_id, stage_no)
    if stage is None:
        abort(404)
    return stage


@bp.get("/api/tours/<int:tour_id>/stages/<int:stage_no>/track.gpx")
@login_required
def stage_track(tour_id: int, stage_no: int):
    if not current_app.extensions["booking_store"].rider_has_tour(current_user.id, tour_id):
        abort(403)
    stage = _stage_or_404(tour_id, stage_no)
    filename = f"{tour_id}/stage-{stage.number:02d}-{stage.id}.gpx"
    return send_from_directory(
        TRACKS_DIR,
        filename,
        mimetype="application/gpx+xml",
        as_attachment=True,
        download_name=f"{stage.slug}.gpx",
    )


@bp.get("/api/tours/<int:tour_id>/stages/<int:stage_no>/roadbook.pdf")
@login_required
def stage_roadbook(tour_id: int, stage_no: int):
    if not current_app.extensions["booking_store"].rider_has_tour(current_user.id, tour_id):
        abort(403)
    stage = _stage_or_404(tour_id, stage_no)
    return send_from_directory(
        TRACKS_DIR,
        f"{tour_id}/roadbook-{stage.id}.pdf",
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"{stage.slug}-roadbook.pdf",
    )

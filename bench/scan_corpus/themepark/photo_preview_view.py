"""Watermarked preview images shown before a guest buys their ride photos."""
from flask import Blueprint, abort, current_app, g, request, send_from_directory

from .auth import login_required
from .models import PhotoSession

previews = Blueprint("previews", __name__)


@previews.get("/sessions/<int:session_id>/preview")
@login_required
def preview(session_id: int):
    session = PhotoSession.query.get_or_404(session_id)
    if session.guest_id != g.guest.id:
        abort(404)
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    directory = f"{current_app.config['PREVIEW_ROOT']}/{session.park_code}/{session.id}"
    return send_from_directory(directory, filename, max_age=3600)

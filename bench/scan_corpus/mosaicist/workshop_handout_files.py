"""Handout sheets (templates, colour guides) for community workshop sessions.

Facilitators upload PDFs for a session; participants download them from
the booking page.
"""
import os

from flask import Blueprint, abort, current_app, request, send_file
from werkzeug.utils import secure_filename

from studio.auth import facilitator_required

bp = Blueprint("handouts", __name__, url_prefix="/workshops/<int:workshop_id>/handouts")

ALLOWED = {".pdf", ".png", ".jpg"}


def handout_dir(workshop_id: int) -> str:
    path = os.path.join(current_app.config["HANDOUT_ROOT"], str(workshop_id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("")
@facilitator_required
def upload(workshop_id: int):
    incoming = request.files.get("file")
    if incoming is None:
        abort(400)
    name = secure_filename(incoming.filename or "")
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED:
        abort(400)
    incoming.save(os.path.join(handout_dir(workshop_id), name))
    return {"stored": name}, 201


@bp.get("/<name>")
def download(workshop_id: int, name: str):
    safe = secure_filename(name)
    if not safe:
        abort(404)
    path = os.path.join(handout_dir(workshop_id), safe)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)

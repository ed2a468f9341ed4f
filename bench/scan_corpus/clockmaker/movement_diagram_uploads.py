"""Upload hand-drawn movement diagrams from the bench.

Restorers photograph or sketch wheel trains and escapement layouts during
strip-down; the images are kept with the repair ticket for reassembly.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from clockmaker.models import DiagramRecord, RepairTicket, db
from clockmaker.settings import DIAGRAM_ROOT

bp = Blueprint("diagrams", __name__)

ALLOWED = {"png", "jpg", "jpeg", "svg"}


def _stored_name(original: str) -> str:
    cleaned = secure_filename(original)
    stem, _, ext = cleaned.rpartition(".")
    if not stem or ext.lower() not in ALLOWED:
        abort(400, "Unsupported diagram file")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{stamp}-{stem}.{ext.lower()}"


@bp.post("/tickets/<int:ticket_id>/diagrams")
@login_required
def upload_diagram(ticket_id: int):
    ticket = RepairTicket.query.get_or_404(ticket_id)
    upload = request.files.get("diagram")
    if upload is None or not upload.filename:
        abort(400, "No file provided")
    folder = os.path.join(DIAGRAM_ROOT, str(ticket.id))
    os.makedirs(folder, exist_ok=True)
    name = _stored_name(upload.filename)
    upload.save(os.path.join(folder, name))
    db.session.add(DiagramRecord(ticket_id=ticket.id, stored_name=name, uploaded_by=current_user.id))
    db.session.commit()
    return jsonify({"stored_name": name}), 201

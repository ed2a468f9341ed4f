"""Accepts artwork uploads from clubs when they place or amend a badge order."""
import os
import uuid

from flask import Blueprint, abort, current_app, g, jsonify, request
from werkzeug.utils import secure_filename

from .auth import login_required
from .models import ArtworkFile, Order, db

bp = Blueprint("artwork_intake", __name__)

ACCEPTED = {"pdf", "svg", "ai", "eps", "png"}


def _extension(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def save_upload(order: Order, storage) -> ArtworkFile:
    original = secure_filename(storage.filename or "")
    ext = _extension(original)
    if not original or ext not in ACCEPTED:
        abort(415, description="Please upload PDF, SVG, AI, EPS or PNG artwork.")
    folder = os.path.join(current_app.config["ARTWORK_DIR"], order.reference)
    os.makedirs(folder, exist_ok=True)
    stored_name = f"{uuid.uuid4().hex}.{ext}"
    storage.save(os.path.join(folder, stored_name))
    record = ArtworkFile(
        order_id=order.id,
        original_name=original,
        stored_name=stored_name,
        size=os.path.getsize(os.path.join(folder, stored_name)),
    )
    db.session.add(record)
    return record


@bp.post("/orders/<reference>/artwork")
@login_required
def upload_artwork(reference):
    order = Order.query.filter_by(reference=reference, customer_id=g.user.id).first_or_404()
    files = request.files.getlist("artwork")
    if not files:
        abort(400, description="No artwork attached.")
    saved = [save_upload(order, f) for f in files]
    db.session.commit()
    return jsonify(
        order=order.reference,
        files=[{"id": a.id, "name": a.original_name, "bytes": a.size} for a in saved],
    ), 201

"""Receives customer artwork (logos, monograms, hand-lettering scans) for an order."""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, jsonify, request
from werkzeug.utils import secure_filename

from .auth import login_required
from .models import ArtworkFile, Order, db

bp = Blueprint("artwork_upload", __name__, url_prefix="/orders")

ALLOWED_EXTENSIONS = {"pdf", "ai", "eps", "svg", "png", "jpg", "jpeg", "tif", "tiff"}


def _allowed(name: str) -> bool:
    return "." in name and name.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _order_dir(order: Order) -> str:
    path = os.path.join(current_app.config["ARTWORK_ROOT"], order.reference)
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/<int:order_id>/artwork")
@login_required
def upload_artwork(order_id: int):
    order = Order.query.get_or_404(order_id)
    if not (g.user.is_staff or order.client_id == g.user.client_id):
        abort(403)
    if order.status in ("printing", "shipped"):
        abort(409, "artwork is locked once the job is on press")
    files = request.files.getlist("artwork")
    if not files:
        abort(400, "no files")
    saved = []
    for storage in files:
        name = secure_filename(storage.filename or "")
        if not name or not _allowed(name):
            abort(400, f"file type not accepted: {storage.filename!r}")
        dest = os.path.join(_order_dir(order), name)
        storage.save(dest)
        record = ArtworkFile(
            order_id=order.id,
            filename=name,
            size=os.path.getsize(dest),
            uploaded_by=g.user.id,
            uploaded_at=datetime.now(timezone.utc),
        )
        db.session.add(record)
        saved.append(name)
    db.session.commit()
    return jsonify(order=order.reference, saved=saved), 201

"""Document upload and sharing views."""
import csv
import io
from enum import Enum

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from docs.models import Document, db

bp = Blueprint("documents", __name__, url_prefix="/documents")

ALLOWED_TYPES = {"text/csv", "application/json"}
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class Visibility(str, Enum):
    PRIVATE = "private"
    TEAM = "team"
    PUBLIC = "public"


def _can_view(doc: Document) -> bool:
    if doc.visibility == Visibility.PUBLIC:
        return True
    if doc.owner_username == current_user.username:
        return True
    return doc.visibility == Visibility.TEAM and doc.team_id == current_user.team_id


@bp.post("/")
@login_required
def upload():
    file = request.files.get("file")
    if file is None or file.mimetype not in ALLOWED_TYPES:
        abort(415)
    raw = file.read(MAX_UPLOAD_BYTES + 1)
    if len(raw) > MAX_UPLOAD_BYTES:
        abort(413)
    if file.mimetype == "text/csv":
        rows = sum(1 for _ in csv.reader(io.StringIO(raw.decode("utf-8", "replace"))))
    else:
        rows = None
    doc = Document(
        owner_username=current_user.username,
        team_id=current_user.team_id,
        content_type=file.mimetype,
        content=raw,
        row_count=rows,
        visibility=Visibility.PRIVATE,
    )
    db.session.add(doc)
    db.session.commit()
    return jsonify(id=doc.id), 201


@bp.patch("/<int:doc_id>/visibility")
@login_required
def set_visibility(doc_id: int):
    doc = db.get_or_404(Document, doc_id)
    if doc.owner_username != current_user.username:
        abort(403)
    try:
        doc.visibility = Visibility(request.get_json(force=True).get("visibility"))
    except ValueError:
        abort(400)
    db.session.commit()
    return jsonify(id=doc.id, visibility=doc.visibility.value)


@bp.get("/<int:doc_id>")
@login_required
def show(doc_id: int):
    doc = db.get_or_404(Document, doc_id)
    if not _can_view(doc):
        abort(404)
    return jsonify(id=doc.id, owner=doc.owner_username, type=doc.content_type, rows=doc.row_count)

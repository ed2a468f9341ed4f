"""Upload endpoint artists use to add product photos to their gallery listings."""

import os

from flask import Blueprint, abort, current_app, jsonify, request
from flask_login import current_user, login_required

from hotshop.extensions import db
from hotshop.models import GalleryPiece, PiecePhoto

bp = Blueprint("gallery_photos", __name__, url_prefix="/gallery")

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp"}


def _piece_folder(piece: GalleryPiece) -> str:
    folder = os.path.join(current_app.config["GALLERY_MEDIA_ROOT"], "pieces", str(piece.id))
    os.makedirs(folder, exist_ok=True)
    return folder


def _extension_ok(filename: str) -> bool:
    return os.path.splitext(filename)[1].lower() in ALLOWED_EXTENSIONS


@bp.post("/pieces/<int:piece_id>/photos")
@login_required
def upload_photo(piece_id: int):
    piece = db.session.get(GalleryPiece, piece_id)
    if piece is None or piece.artist_id != current_user.artist_id:
        abort(404)
    upload = request.files.get("photo")
    if upload is None or not upload.filename or not _extension_ok(upload.filename):
        abort(400, "a JPEG, PNG or WebP photo is required")
    destination = os.path.join(_piece_folder(piece), upload.filename)
    upload.save(destination)
    photo = PiecePhoto(
        piece_id=piece.id,
        filename=os.path.basename(destination),
        caption=request.form.get("caption", "")[:200],
        position=len(piece.photos),
    )
    db.session.add(photo)
    db.session.commit()
    return jsonify(id=photo.id, filename=photo.filename), 201

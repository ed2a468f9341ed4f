"""Shows tenants the move-in condition photos of their unit."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required

from .models import Rental

bp = Blueprint("movein_photos", __name__, url_prefix="/portal/rentals")

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic"}


def _photo_dir(rental: Rental) -> Path:
    return Path(current_app.config["MOVEIN_PHOTO_ROOT"]) / f"rental-{rental.id}"


def _rental_or_404(rental_id: int) -> Rental:
    rental = Rental.query.filter_by(id=rental_id, tenant_id=current_user.tenant_id).first()
    if rental is None:
        abort(404)
    return rental


@bp.get("/<int:rental_id>/move-in-photos")
@login_required
def list_photos(rental_id: int):
    rental = _rental_or_404(rental_id)
    directory = _photo_dir(rental)
    if not directory.is_dir():
        return jsonify({"photos": []})
    names = sorted(
        p.name for p in directory.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
    )
    return jsonify({"photos": names})


@bp.get("/<int:rental_id>/move-in-photos/<path:name>")
@login_required
def photo(rental_id: int, name: str):
    rental = _rental_or_404(rental_id)
    if os.path.splitext(name)[1].lower() not in IMAGE_SUFFIXES:
        abort(404)
    return send_from_directory(_photo_dir(rental), name, max_age=3600)

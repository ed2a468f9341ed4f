"""Let recipients view the drop-off photo taken when their parcel was stored."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, g, send_from_directory

from .auth import recipient_required
from .models import Parcel

bp = Blueprint("proof", __name__)


def _photo_dir() -> str:
    return current_app.config["DELIVERY_PHOTO_DIR"]


def _owned_parcel(tracking_id: str) -> Parcel:
    parcel = Parcel.query.filter_by(tracking_id=tracking_id).first()
    if parcel is None or parcel.recipient_id != g.recipient.id:
        abort(404)
    return parcel


@bp.get("/parcels/<tracking_id>/photo/<path:filename>")
@recipient_required
def photo(tracking_id: str, filename: str):
    parcel = _owned_parcel(tracking_id)
    if filename not in parcel.photo_filenames:
        abort(404)
    return send_from_directory(
        _photo_dir(),
        f"{parcel.locker_id}/{filename}",
        mimetype="image/jpeg",
        max_age=3600,
    )


@bp.get("/parcels/<tracking_id>/photos")
@recipient_required
def photo_index(tracking_id: str):
    parcel = _owned_parcel(tracking_id)
    return {"tracking_id": tracking_id, "photos": list(parcel.photo_filenames)}

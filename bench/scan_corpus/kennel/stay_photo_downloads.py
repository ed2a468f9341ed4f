"""Lets owners download full-size photos taken by staff during their dog's stay."""
import mimetypes
import os
from pathlib import Path

from flask import Blueprint, abort, g, request, send_file

from .auth import owner_required
from .db import get_db

bp = Blueprint("stay_photos", __name__, url_prefix="/portal/photos")


class PhotoStorage:
    ROOT = Path(os.environ.get("STAY_PHOTO_ROOT", "/srv/kennel/stay_photos"))
    ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic"}

    @classmethod
    def booking_dir(cls, booking_id: int) -> Path:
        return cls.ROOT / f"booking_{booking_id}"

    @classmethod
    def locate(cls, booking_id: int, name: str) -> Path:
        return cls.booking_dir(booking_id) / name

    @classmethod
    def list_photos(cls, booking_id: int) -> list[str]:
        folder = cls.booking_dir(booking_id)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.is_file())


def _owned_booking(booking_id: int) -> None:
    row = get_db().execute(
        "SELECT owner_id FROM bookings WHERE id = ?", (booking_id,)
    ).fetchone()
    if row is None or row["owner_id"] != g.owner.id:
        abort(404)


@bp.get("/<int:booking_id>")
@owner_required
def list_stay_photos(booking_id: int):
    _owned_booking(booking_id)
    return {"photos": PhotoStorage.list_photos(booking_id)}


@bp.get("/<int:booking_id>/download")
@owner_required
def download_photo(booking_id: int):
    _owned_booking(booking_id)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = PhotoStorage.locate(booking_id, name)
    if not path.is_file():
        abort(404)
    mimetype, _ = mimetypes.guess_type(path.name)
    if mimetype not in PhotoStorage.ALLOWED_TYPES:
        abort(404)
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=path.name)

"""Serves site risk-assessment PDFs that customers upload for school and council events."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from bookings.models import Booking

bp = Blueprint("risk_assessments", __name__, url_prefix="/bookings/<int:booking_id>/risk")

ALLOWED_SUFFIXES = {".pdf", ".docx", ".jpg", ".png"}


def booking_folder(booking_id: int) -> Path:
    root = Path(current_app.config["RISK_ASSESSMENT_ROOT"]).resolve()
    return root / str(booking_id)


def resolve_inside(folder: Path, name: str) -> Path:
    candidate = (folder / name).resolve()
    if not candidate.is_relative_to(folder.resolve()):
        abort(404)
    return candidate


def owns_booking(booking_id: int) -> bool:
    booking = Booking.query.get(booking_id)
    return booking is not None and (booking.customer_id == current_user.id or current_user.is_staff)


@bp.post("/")
@login_required
def upload(booking_id: int):
    if not owns_booking(booking_id):
        abort(403)
    file = request.files.get("document")
    if file is None or not file.filename:
        abort(400)
    name = secure_filename(file.filename)
    if Path(name).suffix.lower() not in ALLOWED_SUFFIXES:
        abort(415)
    folder = booking_folder(booking_id)
    folder.mkdir(parents=True, exist_ok=True)
    file.save(resolve_inside(folder, name))
    return {"stored": name}, 201


@bp.get("/<path:name>")
@login_required
def download(booking_id: int, name: str):
    if not owns_booking(booking_id):
        abort(403)
    path = resolve_inside(booking_folder(booking_id), name)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True)

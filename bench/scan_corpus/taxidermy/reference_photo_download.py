"""Serves the reference photos a customer uploaded for their commission.

Customers send field photos of the animal so the artist can match pose,
eye colour and markings.  Photos are stored per commission on local disk.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file
from sqlalchemy import select

from .auth import customer_required
from .db import db_session
from .models import Commission

bp = Blueprint("reference_photos", __name__, url_prefix="/portal/commissions")

ALLOWED_TYPES = {"image/jpeg", "image/png", "image/heic", "image/webp"}


def _photo_root() -> Path:
    return Path(current_app.config["REFERENCE_PHOTO_ROOT"])


def _photo_path(commission_id: int, name: str) -> Path:
    return _photo_root() / str(commission_id) / name


def _owned_commission(commission_id: int) -> Commission:
    commission = db_session.scalar(
        select(Commission).where(
            Commission.id == commission_id,
            Commission.customer_id == g.customer.id,
        )
    )
    if commission is None:
        abort(404)
    return commission


@bp.get("/<int:commission_id>/reference")
@customer_required
def list_reference_photos(commission_id: int):
    commission = _owned_commission(commission_id)
    folder = _photo_root() / str(commission.id)
    if not folder.is_dir():
        return {"photos": []}
    return {
        "photos": sorted(p.name for p in folder.iterdir() if p.is_file()),
    }


@bp.get("/<int:commission_id>/reference/<path:name>")
@customer_required
def download_reference_photo(commission_id: int, name: str):
    commission = _owned_commission(commission_id)
    path = _photo_path(commission.id, name)
    if not path.is_file():
        abort(404)
    mime, _ = mimetypes.guess_type(path.name)
    if mime not in ALLOWED_TYPES:
        abort(415)
    return send_file(path, mimetype=mime, max_age=3600)

"""Upload of photographs of maps and prints offered to us by the public for valuation."""
from __future__ import annotations

import os
import uuid
from pathlib import Path

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from werkzeug.utils import secure_filename

bp = Blueprint("valuations", __name__, url_prefix="/valuations")

ALLOWED_EXT = {".jpg", ".jpeg", ".png", ".heic"}
MAX_PHOTOS = 8


def upload_dir() -> Path:
    return Path(current_app.config["VALUATION_UPLOAD_DIR"])


def _clean_name(original: str) -> str | None:
    cleaned = secure_filename(original)
    ext = os.path.splitext(cleaned)[1].lower()
    if not cleaned or ext not in ALLOWED_EXT:
        return None
    return cleaned


@bp.route("/new", methods=["GET", "POST"])
def new_request():
    if request.method == "GET":
        return render_template("valuations/new.html")
    photos = request.files.getlist("photos")[:MAX_PHOTOS]
    request_id = uuid.uuid4().hex
    folder = upload_dir() / request_id
    folder.mkdir(parents=True, exist_ok=False)
    saved: list[str] = []
    for photo in photos:
        name = _clean_name(photo.filename or "")
        if name is None or name in saved:
            continue
        photo.save(folder / name)
        saved.append(name)
    if not saved:
        folder.rmdir()
        flash("Please attach at least one JPEG, PNG or HEIC photograph.")
        return redirect(url_for(".new_request"))
    current_app.logger.info("valuation request %s with %d photos", request_id, len(saved))
    return redirect(url_for(".thanks", request_id=request_id))


@bp.get("/thanks/<request_id>")
def thanks(request_id: str):
    return render_template("valuations/thanks.html", request_id=request_id)

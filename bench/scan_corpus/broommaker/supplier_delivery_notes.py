"""Upload scanned delivery notes from birch, heather and hazel suppliers.

The office scans the paper note that comes with each load and attaches it to
the delivery record so costs can be checked against the invoice later.
"""

import os
from datetime import date

from flask import Blueprint, abort, current_app, flash, redirect, request, url_for
from flask_login import login_required
from werkzeug.utils import secure_filename

from .models import Delivery, db

bp = Blueprint("delivery_notes", __name__, url_prefix="/office/deliveries")

ALLOWED_EXTENSIONS = {"pdf", "jpg", "jpeg", "png", "tif", "tiff"}


def _allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def _notes_folder(delivered_on: date) -> str:
    folder = os.path.join(current_app.config["DELIVERY_NOTES_DIR"], delivered_on.strftime("%Y-%m"))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:delivery_id>/note")
@login_required
def upload_note(delivery_id: int):
    delivery = db.session.get(Delivery, delivery_id)
    if delivery is None:
        abort(404)
    upload = request.files.get("note")
    if upload is None or not upload.filename:
        flash("Choose a scanned delivery note first.")
        return redirect(url_for("deliveries.detail", delivery_id=delivery_id))
    if not _allowed(upload.filename):
        flash("Delivery notes must be PDF or image scans.")
        return redirect(url_for("deliveries.detail", delivery_id=delivery_id))

    filename = f"{delivery_id}-{secure_filename(upload.filename)}"
    destination = os.path.join(_notes_folder(delivery.delivered_on), filename)
    upload.save(destination)

    delivery.note_path = destination
    db.session.commit()
    flash(f"Attached {filename} to delivery from {delivery.supplier.name}.")
    return redirect(url_for("deliveries.detail", delivery_id=delivery_id))

"""Signed delivery notes uploaded from the own-fleet drivers' app.

Drivers photograph the signed delivery note at the marina or shop; the image
is filed against the consignment so credit control can answer disputes.
"""
import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

from ropewalk.fleet.auth import driver_required

bp = Blueprint("pod_upload", __name__)

ALLOWED_EXTENSIONS = {".jpg", ".jpeg", ".png", ".pdf"}


def _pod_dir(consignment_no: str) -> str:
    folder = os.path.join(current_app.config["POD_ROOT"], secure_filename(consignment_no))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/fleet/consignments/<consignment_no>/delivery-note")
@driver_required
def upload_delivery_note(consignment_no: str):
    upload = request.files.get("note")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    stem, ext = os.path.splitext(name)
    if not stem or ext.lower() not in ALLOWED_EXTENSIONS:
        abort(415)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    stored_name = f"{stamp}_{name}"
    upload.save(os.path.join(_pod_dir(consignment_no), stored_name))
    return jsonify({"consignment": consignment_no, "stored_as": stored_name}), 201

"""Upload of scanned batch sheets from the beating and cutting rooms."""
import os
from datetime import date

from flask import Blueprint, abort, request
from werkzeug.utils import secure_filename

from goldbeater.settings import BATCH_SHEET_ROOT
from goldbeater.workshop.models import Batch

bp = Blueprint("batch_sheets", __name__, url_prefix="/workshop/sheets")

ALLOWED_SUFFIXES = {".pdf", ".png", ".jpg"}


def sheet_folder(batch: Batch) -> str:
    folder = os.path.join(BATCH_SHEET_ROOT, str(batch.id))
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/<int:batch_id>")
def upload_sheet(batch_id: int):
    batch = Batch.query.get_or_404(batch_id)
    upload = request.files.get("sheet")
    if upload is None or not upload.filename:
        abort(400)
    name = secure_filename(upload.filename)
    if not name or os.path.splitext(name)[1].lower() not in ALLOWED_SUFFIXES:
        abort(400)
    stamped = f"{date.today().isoformat()}_{name}"
    upload.save(os.path.join(sheet_folder(batch), stamped))
    return {"batch": batch.code, "stored": stamped}, 201


@bp.get("/<int:batch_id>")
def list_sheets(batch_id: int):
    batch = Batch.query.get_or_404(batch_id)
    folder = sheet_folder(batch)
    return {"batch": batch.code, "sheets": sorted(os.listdir(folder))}

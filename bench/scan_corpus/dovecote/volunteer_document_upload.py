"""Volunteers upload DBS certificates, first-aid and ladder-safety tickets.

Documents are stored per volunteer and reviewed by the volunteer office
before the volunteer can be rostered for tower or loft work.
"""
import os
from datetime import datetime

from flask import Blueprint, abort, current_app, flash, redirect, request, url_for
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

bp = Blueprint("volunteer_docs", __name__, url_prefix="/me/documents")

DOC_TYPES = {"dbs", "first_aid", "ladder", "working_at_height"}
EXTENSIONS = {"pdf", "jpg", "jpeg", "png"}


def _allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in EXTENSIONS


def volunteer_folder(volunteer_id: int) -> str:
    root = current_app.config["VOLUNTEER_DOCS_ROOT"]
    folder = os.path.join(root, f"v{int(volunteer_id):06d}")
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/")
@login_required
def upload():
    doc_type = request.form.get("doc_type", "")
    if doc_type not in DOC_TYPES:
        abort(400)
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        flash("Choose a file to upload.")
        return redirect(url_for("volunteer_docs.index"))
    name = secure_filename(upload.filename)
    if not name or not _allowed(name):
        flash("Documents must be PDF or image files.")
        return redirect(url_for("volunteer_docs.index"))
    stamp = datetime.utcnow().strftime("%Y%m%d%H%M%S")
    stored_name = f"{doc_type}-{stamp}-{name}"
    upload.save(os.path.join(volunteer_folder(current_user.id), stored_name))

    from estate.volunteers.models import record_document

    record_document(current_user.id, doc_type, stored_name)
    flash("Thanks, the volunteer office will check your document.")
    return redirect(url_for("volunteer_docs.index"))


@bp.get("/")
@login_required
def index():
    folder = volunteer_folder(current_user.id)
    return {"documents": sorted(os.listdir(folder))}

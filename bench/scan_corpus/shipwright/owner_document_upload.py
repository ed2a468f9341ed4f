"""Owners upload ownership papers and insurance schedules to their account.

Documents are kept on the document volume in one folder per owner account.
"""
import os

from flask import Blueprint, current_app, flash, redirect, request, url_for
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from shipwright.extensions import db
from shipwright.models import OwnerDocument

bp = Blueprint("owner_documents", __name__, url_prefix="/portal/documents")

ALLOWED_EXTENSIONS = {"pdf", "jpg", "jpeg", "png"}


def owner_folder(owner_id: int) -> str:
    folder = os.path.join(current_app.config["OWNER_DOCUMENT_ROOT"], f"owner-{owner_id}")
    os.makedirs(folder, exist_ok=True)
    return folder


@bp.post("/")
@login_required
def upload():
    upload = request.files.get("document")
    if upload is None or not upload.filename:
        flash("Choose a file to upload.")
        return redirect(url_for("owner_documents.index"))
    filename = secure_filename(upload.filename)
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if not filename or extension not in ALLOWED_EXTENSIONS:
        flash("Only PDF or image files are accepted.")
        return redirect(url_for("owner_documents.index"))
    destination = os.path.join(owner_folder(current_user.id), filename)
    upload.save(destination)
    db.session.add(
        OwnerDocument(
            owner_id=current_user.id,
            kind=request.form.get("kind", "other"),
            filename=filename,
        )
    )
    db.session.commit()
    flash("Document uploaded.")
    return redirect(url_for("owner_documents.index"))

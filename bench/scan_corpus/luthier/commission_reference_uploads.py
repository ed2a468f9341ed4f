"""Reference images and drawings attached to a commission.

Clients can attach photos of instruments they like, sketches of inlays
or a PDF with neck measurements. Files go to UPLOAD_ROOT/<commission id>/.
"""
import os

from flask import Blueprint, abort, current_app, flash, redirect, request, url_for
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from .models import Commission

bp = Blueprint("references", __name__)

ALLOWED_EXTENSIONS = {"jpg", "jpeg", "png", "pdf"}


def allowed(filename: str) -> bool:
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def commission_dir(commission_id: int) -> str:
    path = os.path.join(current_app.config["UPLOAD_ROOT"], str(commission_id))
    os.makedirs(path, exist_ok=True)
    return path


@bp.post("/commissions/<int:commission_id>/references")
@login_required
def upload_reference(commission_id: int):
    commission = Commission.query.get_or_404(commission_id)
    if commission.client_id != current_user.client_id:
        abort(403)

    upload = request.files.get("file")
    if upload is None or upload.filename == "":
        flash("Choose a file to attach.")
        return redirect(url_for("portal.commission", commission_id=commission_id))

    name = secure_filename(upload.filename)
    if not name or not allowed(name):
        flash("Only JPG, PNG or PDF files can be attached.")
        return redirect(url_for("portal.commission", commission_id=commission_id))

    upload.save(os.path.join(commission_dir(commission_id), name))
    commission.add_reference(name, uploaded_by=current_user.id)
    flash(f"Attached {name}.")
    return redirect(url_for("portal.commission", commission_id=commission_id))

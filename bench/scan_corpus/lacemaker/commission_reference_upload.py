"""Reference photos for lace commission orders.

Customers commissioning a christening veil or a restoration piece upload
photographs of the original lace; the lacemaker views them from the order page.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from lacemaker.commissions.models import Commission

bp = Blueprint("commission_refs", __name__, url_prefix="/commissions")

IMAGE_TYPES = {".jpg", ".jpeg", ".png", ".heic"}


def order_folder(commission: Commission) -> Path:
    root = Path(current_app.config["COMMISSION_UPLOADS"]).resolve()
    folder = root / str(commission.id)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _commission_for_user(commission_id: int) -> Commission:
    commission = Commission.query.get_or_404(commission_id)
    if commission.customer_id != current_user.id and not current_user.is_staff:
        abort(403)
    return commission


@bp.post("/<int:commission_id>/references")
@login_required
def upload_reference(commission_id: int):
    commission = _commission_for_user(commission_id)
    stored = []
    for upload in request.files.getlist("photos"):
        name = secure_filename(upload.filename or "")
        if not name or Path(name).suffix.lower() not in IMAGE_TYPES:
            continue
        upload.save(order_folder(commission) / name)
        stored.append(name)
    return {"stored": stored}, 201


@bp.get("/<int:commission_id>/references/<path:name>")
@login_required
def view_reference(commission_id: int, name: str):
    commission = _commission_for_user(commission_id)
    folder = order_folder(commission)
    target = (folder / name).resolve()
    if not target.is_relative_to(folder) or not target.is_file():
        abort(404)
    return send_file(target)

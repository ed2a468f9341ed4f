"""Attachments on case files (signed consent forms, referral letters, photos)."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .audit import record_access
from .models import Case

bp = Blueprint("case_attachments", __name__)


def _case_dir(case: Case) -> str:
    return os.path.join(current_app.config["CASE_FILES_ROOT"], str(case.id))


@bp.get("/cases/<int:case_id>/attachments")
@login_required
def list_attachments(case_id: int):
    case = Case.query.get_or_404(case_id)
    if not current_user.can_view(case):
        abort(403)
    directory = _case_dir(case)
    names = sorted(os.listdir(directory)) if os.path.isdir(directory) else []
    return {"case": case.reference, "files": names}


@bp.get("/cases/<int:case_id>/attachments/download")
@login_required
def download_attachment(case_id: int):
    case = Case.query.get_or_404(case_id)
    if not current_user.can_view(case):
        abort(403)

    name = request.args.get("name", "")
    path = os.path.join(_case_dir(case), name)
    if not name or not os.path.isfile(path):
        abort(404)

    record_access(user=current_user, case=case, action="download", detail=name)
    return send_file(path, as_attachment=True)

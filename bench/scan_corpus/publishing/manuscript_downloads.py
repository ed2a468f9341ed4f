"""Download endpoints for files attached to a manuscript submission."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from portal.models import Submission

bp = Blueprint("manuscript_downloads", __name__)


@bp.get("/submissions/<int:submission_id>/files/<path:filename>")
@login_required
def download(submission_id: int, filename: str):
    submission = Submission.query.get_or_404(submission_id)
    if not current_user.can_view(submission):
        abort(403)
    path = os.path.join(current_app.config["MANUSCRIPT_ROOT"], str(submission.id), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


@bp.get("/submissions/<int:submission_id>/files")
@login_required
def list_files(submission_id: int):
    submission = Submission.query.get_or_404(submission_id)
    if not current_user.can_view(submission):
        abort(403)
    folder = os.path.join(current_app.config["MANUSCRIPT_ROOT"], str(submission.id))
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"submission": submission.id, "files": names}

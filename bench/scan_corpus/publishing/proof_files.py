"""Download endpoints for typeset proofs shared with authors."""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from portal.models import Submission

bp = Blueprint("proof_files", __name__)


def _proof_dir(submission: Submission) -> Path:
    return (Path(current_app.config["PROOF_ROOT"]) / str(submission.id)).resolve()


@bp.get("/submissions/<int:submission_id>/proofs/<path:filename>")
@login_required
def download_proof(submission_id: int, filename: str):
    submission = Submission.query.get_or_404(submission_id)
    if not current_user.can_view(submission):
        abort(403)
    base = _proof_dir(submission)
    target = (base / filename).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        abort(404)
    return send_file(target, as_attachment=True)


@bp.get("/submissions/<int:submission_id>/proofs")
@login_required
def list_proofs(submission_id: int):
    submission = Submission.query.get_or_404(submission_id)
    if not current_user.can_view(submission):
        abort(403)
    base = _proof_dir(submission)
    names = sorted(p.name for p in base.glob("*.pdf")) if base.is_dir() else []
    return {"submission": submission.id, "proofs": names}

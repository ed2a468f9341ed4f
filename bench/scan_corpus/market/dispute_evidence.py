"""Download endpoint for files attached as evidence to an order dispute."""
import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from .disputes import get_dispute

bp = Blueprint("dispute_evidence", __name__, url_prefix="/disputes")

EVIDENCE_ROOT = os.environ.get("EVIDENCE_ROOT", "/srv/marketplace/evidence")


def _evidence_path(dispute_id: int, filename: str) -> str:
    return os.path.join(EVIDENCE_ROOT, str(dispute_id), filename)


@bp.get("/<int:dispute_id>/evidence/<path:filename>")
@login_required
def download_evidence(dispute_id: int, filename: str):
    dispute = get_dispute(dispute_id)
    if dispute is None:
        abort(404)
    if current_user.id not in (dispute.buyer_id, dispute.seller_id) and not current_user.is_staff:
        abort(403)
    path = _evidence_path(dispute_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)

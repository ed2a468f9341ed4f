"""Download endpoint for health-record documents shared with owners.

Birds on loan to the centre belong to private keepers, who may download the
vet documents for their own birds from the keeper portal.
"""
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from falconer.config import settings
from falconer.keepers import keeper_owns_bird

bp = Blueprint("keeper_documents", __name__, url_prefix="/keeper/documents")

DOCUMENT_ROOT = Path(settings.HEALTH_ATTACHMENT_DIR).resolve()


def _resolve_document(ring_number: str, filename: str) -> Path:
    bird_dir = (DOCUMENT_ROOT / ring_number.upper()).resolve()
    candidate = (bird_dir / filename).resolve()
    if not candidate.is_relative_to(bird_dir) or not bird_dir.is_relative_to(DOCUMENT_ROOT):
        abort(404)
    if not candidate.is_file():
        abort(404)
    return candidate


@bp.route("/<ring_number>/<path:filename>")
@login_required
def download(ring_number: str, filename: str):
    if not keeper_owns_bird(current_user.id, ring_number):
        abort(403)
    document = _resolve_document(ring_number, filename)
    return send_file(document, as_attachment=True, download_name=document.name)

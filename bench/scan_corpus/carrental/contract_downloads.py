"""Download endpoint for signed rental agreements and invoices."""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .models import Reservation

bp = Blueprint("contract_downloads", __name__)


def _documents_root() -> Path:
    return Path(current_app.config["CONTRACT_DOCUMENT_ROOT"]).resolve()


def _resolve_document(reservation_id: int, filename: str) -> Path:
    base = (_documents_root() / str(reservation_id)).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/reservations/<int:reservation_id>/documents/<path:filename>")
@login_required
def download_document(reservation_id: int, filename: str):
    reservation = Reservation.query.get_or_404(reservation_id)
    if reservation.customer_id != current_user.id and not current_user.is_branch_staff:
        abort(403)
    path = _resolve_document(reservation.id, filename)
    return send_file(path, as_attachment=True, download_name=path.name)

"""Download endpoint for grazing lease contracts and their schedules.

Neighbouring farmers who lease hill blocks can fetch their signed lease and
the stock-unit schedule from the lessee portal.
"""
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

from shepherd.leases.models import GrazingLease
from shepherd.settings import settings

bp = Blueprint("lease_docs", __name__, url_prefix="/leases")

LEASE_ROOT = Path(settings.lease_document_dir).resolve()


def _lease_for_user(lease_id: int) -> GrazingLease:
    lease = GrazingLease.query.get_or_404(lease_id)
    if lease.lessee_user_id != current_user.id and not current_user.is_staff:
        abort(403)
    return lease


def _resolve_document(lease: GrazingLease, name: str) -> Path:
    base = (LEASE_ROOT / lease.folder).resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<int:lease_id>/documents")
@login_required
def list_documents(lease_id: int):
    lease = _lease_for_user(lease_id)
    base = LEASE_ROOT / lease.folder
    names = sorted(p.name for p in base.glob("*.pdf")) if base.is_dir() else []
    return {"lease": lease.reference, "documents": names}


@bp.get("/<int:lease_id>/documents/<path:name>")
@login_required
def download_document(lease_id: int, name: str):
    lease = _lease_for_user(lease_id)
    path = _resolve_document(lease, name)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)

"""Downloads of design proofs for new bindings.

For fine bindings the designer prepares proofs (tooling layouts, onlay
colour studies, title lettering) that the collector reviews before work
begins. Proofs live under a folder per commission and may be nested by
revision, e.g. ``rev2/spine-lettering.pdf``.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file, session

bp = Blueprint("proofs", __name__, url_prefix="/commissions")


def proofs_root() -> Path:
    return Path(current_app.config["PROOFS_ROOT"]).resolve()


def resolve_proof(commission_id: int, relative: str) -> Path:
    base = (proofs_root() / f"commission-{commission_id}").resolve()
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        raise FileNotFoundError(relative)
    return candidate


def owns_commission(collector_id: int, commission_id: int) -> bool:
    from bindery.commissions import Commission
    commission = Commission.query.get(commission_id)
    return commission is not None and commission.collector_id == collector_id


@bp.get("/<int:commission_id>/proofs")
def download_proof(commission_id: int):
    collector_id = session.get("collector_id")
    if collector_id is None or not owns_commission(collector_id, commission_id):
        abort(403)
    try:
        path = resolve_proof(commission_id, request.args.get("path", ""))
    except FileNotFoundError:
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)

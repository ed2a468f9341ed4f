"""Download endpoint for compliance documents (EPC, gas safety, EICR).

Files live under COMPLIANCE_ROOT/<property_id>/. The requested name comes
from the query string, so the resolved path must stay inside that folder.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from .models import Property, db

bp = Blueprint("compliance_docs", __name__)


def _property_dir(property_id: int) -> Path:
    return (Path(current_app.config["COMPLIANCE_ROOT"]) / str(property_id)).resolve()


@bp.get("/properties/<int:property_id>/compliance")
@login_required
def download(property_id: int):
    prop = db.session.get(Property, property_id)
    if prop is None or prop.branch_id != current_user.branch_id:
        abort(404)
    base = _property_dir(prop.id)
    requested = (base / request.args.get("name", "")).resolve()
    if not requested.is_relative_to(base) or not requested.is_file():
        abort(404)
    return send_file(requested, as_attachment=True, download_name=requested.name)

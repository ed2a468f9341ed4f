"""Download views for policy documents (schedules, certificates, wordings)."""
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, send_from_directory
from flask_login import current_user, login_required

from policies.permissions import can_view_policy

bp = Blueprint("policy_documents", __name__, url_prefix="/policies")


def _policy_dir(policy_id: int) -> Path:
    return Path(current_app.config["POLICY_DOCS_ROOT"]) / str(policy_id)


@bp.get("/<int:policy_id>/documents")
@login_required
def list_documents(policy_id: int):
    if not can_view_policy(current_user, policy_id):
        abort(403)
    folder = _policy_dir(policy_id)
    names = sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    return jsonify(documents=names)


@bp.get("/<int:policy_id>/documents/<path:filename>")
@login_required
def download_document(policy_id: int, filename: str):
    if not can_view_policy(current_user, policy_id):
        abort(403)
    return send_from_directory(
        os.fspath(_policy_dir(policy_id)),
        filename,
        as_attachment=True,
    )

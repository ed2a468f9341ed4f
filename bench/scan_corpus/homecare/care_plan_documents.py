"""Care plan document downloads for the office and family portal.

Signed care plans, risk assessments and consent forms are stored as PDFs
under one folder per client on the document volume.
"""
from __future__ import annotations

import logging
import os

from flask import Blueprint, abort, current_app, g, send_file

from .auth import login_required
from .access import can_view_client

bp = Blueprint("care_plan_documents", __name__, url_prefix="/clients")
log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = (".pdf", ".docx", ".png", ".jpg")


def _client_folder(client_id: int) -> str:
    return os.path.join(current_app.config["CARE_PLAN_ROOT"], str(client_id))


@bp.get("/<int:client_id>/documents")
@login_required
def list_documents(client_id: int):
    if not can_view_client(g.user, client_id):
        abort(403)
    folder = _client_folder(client_id)
    if not os.path.isdir(folder):
        return {"documents": []}
    names = sorted(
        name for name in os.listdir(folder) if name.lower().endswith(ALLOWED_SUFFIXES)
    )
    return {"documents": names}


@bp.get("/<int:client_id>/documents/<path:filename>")
@login_required
def download_document(client_id: int, filename: str):
    if not can_view_client(g.user, client_id):
        abort(403)
    if not filename.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(_client_folder(client_id), filename)
    if not os.path.isfile(full_path):
        abort(404)
    log.info("user %s downloaded %s for client %s", g.user.id, filename, client_id)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(filename))

"""Compliance dashboard: view documents a creator submitted for identity checks."""

import mimetypes
import os

from flask import Blueprint, Response, abort, current_app, request
from flask_login import current_user, login_required

bp = Blueprint("kyc_documents", __name__, url_prefix="/compliance")


def _require_reviewer():
    if not current_user.has_role("compliance_reviewer"):
        abort(403)


@bp.get("/creators/<int:creator_id>/document")
@login_required
def view_document(creator_id: int):
    _require_reviewer()
    name = request.args.get("file", "")
    if not name:
        abort(400)
    creator_dir = os.path.join(current_app.config["KYC_UPLOAD_ROOT"], str(creator_id))
    try:
        with open(os.path.join(creator_dir, name), "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        abort(404)
    mime, _ = mimetypes.guess_type(name)
    current_app.logger.info(
        "reviewer %s opened kyc document for creator %s", current_user.id, creator_id
    )
    return Response(
        data,
        mimetype=mime or "application/octet-stream",
        headers={"Content-Disposition": "inline", "Cache-Control": "no-store"},
    )

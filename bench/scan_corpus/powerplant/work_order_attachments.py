"""Download endpoint for photos and documents attached to maintenance work orders."""

import os

from flask import Blueprint, abort, current_app, request, send_file

from cmms.auth import login_required
from cmms.models import WorkOrder

bp = Blueprint("attachments", __name__)


def _attachment_root() -> str:
    return current_app.config["ATTACHMENT_ROOT"]


@bp.get("/work-orders/<int:wo_id>/attachment")
@login_required
def download_attachment(wo_id: int):
    WorkOrder.query.get_or_404(wo_id)
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(_attachment_root(), str(wo_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


@bp.get("/work-orders/<int:wo_id>/attachments")
@login_required
def list_attachments(wo_id: int):
    WorkOrder.query.get_or_404(wo_id)
    folder = os.path.join(_attachment_root(), str(wo_id))
    if not os.path.isdir(folder):
        return {"files": []}
    return {"files": sorted(os.listdir(folder))}

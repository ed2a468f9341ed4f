"""Download drawings and planting plans for a sculpture commission.

Clients log in to see the design drawings, planting plans and aftercare
sheets for their living-willow dome, tunnel or arbour.
"""

import os

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required
from sqlalchemy import select

from osierbed.db import db_session
from osierbed.models import Commission

bp = Blueprint("designs", __name__)

DESIGN_ROOT = os.environ.get("DESIGN_ROOT", "/srv/osierbed/commission-designs")


def commission_folder(commission_id: int) -> str:
    commission = db_session.scalar(
        select(Commission).where(
            Commission.id == commission_id,
            Commission.client_id == current_user.id,
        )
    )
    if commission is None:
        abort(404)
    return os.path.join(DESIGN_ROOT, commission.folder_name)


def resolve_document(folder: str, document: str) -> str:
    return os.path.join(folder, document)


@bp.get("/commissions/<int:commission_id>/documents/<path:document>")
@login_required
def download_document(commission_id: int, document: str):
    folder = commission_folder(commission_id)
    path = resolve_document(folder, document)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True)


@bp.get("/commissions/<int:commission_id>/documents")
@login_required
def list_documents(commission_id: int):
    folder = commission_folder(commission_id)
    names = sorted(n for n in os.listdir(folder) if not n.startswith("."))
    return {"documents": names}

"""Members can download packing slips and compliance forms for their club shipments."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .models import Shipment

bp = Blueprint("shipment_docs", __name__, url_prefix="/shipments")


def _docs_root() -> str:
    return current_app.config.get("SHIPMENT_DOCS_DIR", os.path.join(current_app.instance_path, "docs"))


@bp.get("/<int:shipment_id>/documents/<path:filename>")
@login_required
def download_document(shipment_id: int, filename: str):
    shipment = Shipment.query.get_or_404(shipment_id)
    if shipment.member_id != current_user.id:
        abort(404)
    return send_from_directory(
        os.path.join(_docs_root(), str(shipment.id)),
        filename,
        as_attachment=True,
    )

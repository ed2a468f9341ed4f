"""Download endpoints for shipment documents (commercial invoices, packing lists, BLs)."""

import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

from freight.models import Shipment

bp = Blueprint("documents", __name__, url_prefix="/documents")

ALLOWED_KINDS = {"invoice", "packing_list", "bill_of_lading", "arrival_notice"}


def _company_dir(company_id: int) -> str:
    return os.path.join(current_app.config["DOCUMENT_ROOT"], f"company_{company_id}")


@bp.get("/<int:shipment_id>")
@login_required
def download(shipment_id: int):
    shipment = Shipment.query.filter_by(
        id=shipment_id, company_id=current_user.company_id
    ).first_or_404()

    kind = request.args.get("kind", "bill_of_lading")
    if kind not in ALLOWED_KINDS:
        abort(400)

    filename = request.args.get("file") or f"{shipment.reference}_{kind}.pdf"
    path = os.path.join(_company_dir(shipment.company_id), shipment.reference, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))

"""Download endpoint for export paperwork.

For each export shipment the export desk generates a commercial invoice,
packing list, certificate of origin and, for some destinations, a health
certificate. Wholesale buyers download them from the shipment page.
"""
import os

from flask import Blueprint, abort, current_app, g, send_file
from flask_login import current_user, login_required

from .models import Shipment

bp = Blueprint("export_docs", __name__, url_prefix="/shipments")

DOC_MIMETYPES = {
    ".pdf": "application/pdf",
    ".xml": "application/xml",
    ".csv": "text/csv",
}


def _export_root() -> str:
    return current_app.config.get("EXPORT_DOCS_ROOT", "/srv/saltpan/export-docs")


def _load_shipment(shipment_no: str) -> Shipment:
    shipment = Shipment.query.filter_by(number=shipment_no).first()
    if shipment is None or shipment.buyer_id != current_user.buyer_id:
        abort(404)
    return shipment


@bp.get("/<shipment_no>/documents")
@login_required
def list_documents(shipment_no: str):
    shipment = _load_shipment(shipment_no)
    folder = os.path.join(_export_root(), shipment.number)
    names = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return {"shipment": shipment.number, "documents": names}


@bp.get("/<shipment_no>/documents/<path:filename>")
@login_required
def download_document(shipment_no: str, filename: str):
    shipment = _load_shipment(shipment_no)
    full_path = os.path.join(_export_root(), shipment.number, filename)
    if not os.path.isfile(full_path):
        abort(404)
    ext = os.path.splitext(full_path)[1].lower()
    return send_file(
        full_path,
        mimetype=DOC_MIMETYPES.get(ext, "application/octet-stream"),
        as_attachment=True,
        download_name=os.path.basename(full_path),
    )

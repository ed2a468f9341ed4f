"""Download of certificates of origin for exported leaf consignments."""
from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required

from goldbeater.exports.models import ExportShipment
from goldbeater.settings import CERTIFICATE_ROOT

bp = Blueprint("certificates", __name__, url_prefix="/portal/certificates")


def shipment_for_customer(reference: str) -> ExportShipment | None:
    return ExportShipment.query.filter_by(
        reference=reference, customer_id=current_user.customer_id
    ).first()


@bp.get("/<reference>/<path:filename>")
@login_required
def download_certificate(reference: str, filename: str):
    shipment = shipment_for_customer(reference)
    if shipment is None:
        abort(404)
    directory = f"{CERTIFICATE_ROOT}/{shipment.reference}"
    return send_from_directory(directory, filename, as_attachment=True)


@bp.get("/<reference>")
@login_required
def list_certificates(reference: str):
    shipment = shipment_for_customer(reference)
    if shipment is None:
        abort(404)
    return {
        "reference": shipment.reference,
        "documents": [doc.filename for doc in shipment.documents],
    }

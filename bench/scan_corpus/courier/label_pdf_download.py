"""Download of generated shipping labels for the shipper web portal."""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from courier.models import Shipment

bp = Blueprint("label_download", __name__)

FORMATS = {"pdf": "application/pdf", "zpl": "text/plain", "png": "image/png"}


def _label_dir() -> str:
    return os.path.join(current_app.config["LABEL_STORE"], str(current_user.account_id))


@bp.get("/labels/<tracking_number>.<fmt>")
@login_required
def download_label(tracking_number: str, fmt: str):
    if fmt not in FORMATS:
        abort(404)
    shipment = Shipment.query.filter_by(
        tracking_number=tracking_number, account_id=current_user.account_id
    ).first_or_404()

    filename = f"{shipment.tracking_number}.{fmt}"
    return send_from_directory(
        _label_dir(),
        filename,
        mimetype=FORMATS[fmt],
        as_attachment=True,
        download_name=f"label-{shipment.tracking_number}.{fmt}",
    )


@bp.get("/labels/batch/<path:batch_name>")
@login_required
def download_batch(batch_name: str):
    # Batch PDFs are produced by the nightly job under <account>/batches/.
    return send_from_directory(
        os.path.join(_label_dir(), "batches"),
        batch_name,
        mimetype="application/pdf",
        as_attachment=True,
    )

"""Customer portal endpoint that serves signed inspection certificates as PDFs."""

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .models import Certificate

bp = Blueprint("certificates", __name__, url_prefix="/portal/certificates")


def certificate_dir() -> str:
    return current_app.config["CERTIFICATE_STORE"]


@bp.get("/")
@login_required
def list_certificates():
    certs = (
        Certificate.query.filter_by(customer_id=current_user.customer_id)
        .order_by(Certificate.issued_on.desc())
        .all()
    )
    return {
        "certificates": [
            {
                "number": c.number,
                "issued_on": c.issued_on.isoformat(),
                "appliance": c.appliance,
                "file": c.pdf_name,
            }
            for c in certs
        ]
    }


@bp.get("/office/file/<path:pdf_name>")
@login_required
def download_certificate(pdf_name: str):
    """Used by office staff to re-send a certificate a customer has lost."""
    if not current_user.is_staff:
        abort(403)

    full_path = os.path.join(certificate_dir(), pdf_name)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(
        full_path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(pdf_name),
    )

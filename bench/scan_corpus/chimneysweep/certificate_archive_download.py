"""Office endpoint for re-sending stored inspection certificates."""

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .models import Certificate

bp = Blueprint("certificate_archive", __name__, url_prefix="/office/certificates")


def certificate_dir() -> str:
    return current_app.config["CERTIFICATE_STORE"]


@bp.get("/recent")
@login_required
def recent_certificates():
    if not current_user.is_staff:
        abort(403)
    certs = Certificate.query.order_by(Certificate.issued_on.desc()).limit(50).all()
    return {
        "certificates": [
            {
                "number": c.number,
                "customer": c.customer.full_name,
                "issued_on": c.issued_on.isoformat(),
                "file": c.pdf_name,
            }
            for c in certs
        ]
    }


@bp.get("/file/<path:pdf_name>")
@login_required
def download_certificate(pdf_name: str):
    if not current_user.is_staff:
        abort(403)
    if not pdf_name.lower().endswith(".pdf"):
        abort(404)
    return send_from_directory(
        certificate_dir(),
        pdf_name,
        mimetype="application/pdf",
        as_attachment=True,
    )

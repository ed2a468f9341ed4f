"""Let stockists download IFRA conformity certificates for the products they carry."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from perfumer.compliance import stockist_can_view

bp = Blueprint("ifra_docs", __name__, url_prefix="/stockists/ifra")


def certificate_root() -> str:
    return current_app.config["IFRA_CERTIFICATE_DIR"]


def _certificate_path(product_code: str, document: str) -> str:
    folder = os.path.join(certificate_root(), product_code.upper())
    return os.path.join(folder, document)


@bp.get("/<product_code>/<path:document>")
@login_required
def download_certificate(product_code: str, document: str):
    if not stockist_can_view(current_user, product_code):
        abort(403)
    path = _certificate_path(product_code, document)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=os.path.basename(path))


@bp.get("/<product_code>")
@login_required
def list_certificates(product_code: str):
    if not stockist_can_view(current_user, product_code):
        abort(403)
    folder = os.path.join(certificate_root(), product_code.upper())
    if not os.path.isdir(folder):
        return {"documents": []}
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".pdf"))
    return {"documents": names}

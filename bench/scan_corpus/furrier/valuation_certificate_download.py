"""Lets customers download the PDF insurance valuation certificate for a garment."""
import os
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file

from .auth import login_required

bp = Blueprint("certificates", __name__, url_prefix="/account/certificates")

CERTIFICATE_ROOT = Path(os.environ.get("CERTIFICATE_ROOT", "/srv/furrier/certificates"))


def customer_folder(customer_id: int) -> str:
    return os.path.join(CERTIFICATE_ROOT, f"cust-{customer_id:07d}")


def list_certificates(customer_id: int) -> list:
    folder = customer_folder(customer_id)
    if not os.path.isdir(folder):
        return []
    return sorted(
        name for name in os.listdir(folder) if name.lower().endswith(".pdf")
    )


@bp.get("/")
@login_required
def index():
    return {"certificates": list_certificates(g.customer.id)}


@bp.get("/<path:filename>")
@login_required
def download(filename: str):
    target = os.path.join(customer_folder(g.customer.id), filename)
    if not os.path.isfile(target):
        abort(404)
    current_app.logger.info(
        "customer %s downloaded valuation certificate %s", g.customer.id, filename
    )
    return send_file(
        target,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(filename),
    )

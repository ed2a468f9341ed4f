"""Customer portal: download invoice and receipt PDFs."""

import os
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required

bp = Blueprint("invoice_files", __name__, url_prefix="/portal/invoices")

INVOICE_ROOT = Path(os.environ.get("PORTAL_INVOICE_ROOT", "/srv/portal/invoices")).resolve()


def _resolve_inside(base: Path, name: str) -> Path | None:
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        return None
    return candidate


@bp.get("/<int:invoice_id>/<path:filename>")
@login_required
def download(invoice_id: int, filename: str):
    if Path(filename).suffix.lower() != ".pdf":
        abort(404)
    customer_dir = (INVOICE_ROOT / str(current_user.customer_id)).resolve()
    path = _resolve_inside(customer_dir, filename)
    if path is None or not path.name.startswith(f"{invoice_id}_"):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)

"""Partner shops download their monthly commission invoices (PDF)."""
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file

from .auth import shop_login_required

bp = Blueprint("invoices", __name__, url_prefix="/shop/invoices")


def _invoice_path(shop_id: str, filename: str) -> Path:
    base = (Path(current_app.config["INVOICE_ROOT"]) / shop_id).resolve()
    candidate = (base / filename).resolve()
    if not candidate.is_relative_to(base) or candidate.suffix != ".pdf":
        abort(404)
    return candidate


@bp.get("/<path:filename>")
@shop_login_required
def download(filename: str):
    path = _invoice_path(str(g.shop.id), filename)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)

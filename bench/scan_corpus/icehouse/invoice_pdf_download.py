"""Invoice PDFs for wholesale and rental customers.

Billing renders invoices nightly into INVOICE_ROOT/<account no>/<year>/.
Customers fetch them from the portal by year and file name.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")


def _account_root() -> Path:
    root = Path(current_app.config["INVOICE_ROOT"]).resolve()
    return (root / current_user.account_no).resolve()


def resolve_invoice(year: str, filename: str) -> Path | None:
    base = _account_root()
    candidate = (base / year / filename).resolve()
    if not candidate.is_relative_to(base):
        return None
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        return None
    return candidate


@bp.get("/<year>/<path:filename>")
@login_required
def download(year: str, filename: str):
    path = resolve_invoice(year, filename)
    if path is None:
        abort(404)
    current_app.logger.info("invoice %s downloaded by account %s", path.name, current_user.account_no)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)


@bp.get("/<year>/")
@login_required
def list_year(year: str):
    if not (year.isdigit() and len(year) == 4):
        abort(404)
    folder = _account_root() / year
    if not folder.is_dir():
        return {"year": year, "invoices": []}
    return {"year": year, "invoices": sorted(p.name for p in folder.glob("*.pdf"))}

"""Lets trade customers download the CE/UKCA test reports for toys they stock."""

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from workshop.compliance.models import Product

bp = Blueprint("reports", __name__, url_prefix="/trade/reports")


class ReportStore:
    def __init__(self, root: str):
        self.root = Path(root)

    def folder_for(self, product: Product) -> Path:
        return self.root / product.sku.upper()

    def locate(self, product: Product, document: str) -> Path:
        return self.folder_for(product) / document

    def listing(self, product: Product) -> list[str]:
        folder = self.folder_for(product)
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.iterdir() if p.suffix == ".pdf")


def _store() -> ReportStore:
    return ReportStore(current_app.config["TEST_REPORT_ROOT"])


@bp.get("/<sku>")
@login_required
def list_reports(sku: str):
    product = Product.query.filter_by(sku=sku).first_or_404()
    return {"sku": product.sku, "documents": _store().listing(product)}


@bp.get("/<sku>/<path:document>")
@login_required
def download_report(sku: str, document: str):
    if not current_user.is_trade:
        abort(403)
    product = Product.query.filter_by(sku=sku).first_or_404()
    path = _store().locate(product, document)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)

"""Partner portal: download monthly commission invoices as PDF."""
from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .models import Invoice

bp = Blueprint("invoices", __name__)


@bp.route("/partner/invoices/<int:invoice_id>.pdf")
@login_required
def download_invoice(invoice_id: int):
    invoice = Invoice.query.get_or_404(invoice_id)
    if invoice.restaurant_id != current_user.restaurant_id:
        abort(404)
    return send_from_directory(
        current_app.config["INVOICE_DIR"],
        invoice.file_name,
        as_attachment=True,
        download_name=f"invoice-{invoice.number}.pdf",
    )


@bp.route("/partner/exports/<path:name>")
@login_required
def download_export(name: str):
    export_dir = f"{current_app.config['EXPORT_DIR']}/{current_user.restaurant_id}"
    return send_from_directory(export_dir, name, as_attachment=True)

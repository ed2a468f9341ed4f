"""Patient portal: download invoices and receipts for glasses and lenses."""
from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from portal.models import Invoice

bp = Blueprint("invoices", __name__, url_prefix="/account/invoices")


def _invoice_dir(patient_id: int) -> str:
    return f"{current_app.config['INVOICE_PDF_ROOT']}/{int(patient_id)}"


@bp.get("/<int:invoice_id>")
@login_required
def invoice_pdf(invoice_id: int):
    invoice = Invoice.query.filter_by(
        id=invoice_id, patient_id=current_user.patient_id
    ).first_or_404()
    return send_from_directory(
        _invoice_dir(current_user.patient_id),
        f"{invoice.number}.pdf",
        mimetype="application/pdf",
        as_attachment=True,
    )


@bp.get("/receipt")
@login_required
def receipt_pdf():
    name = secure_filename(request.args.get("file", ""))
    if not name.endswith(".pdf"):
        abort(400)
    # send_from_directory refuses paths that escape the directory
    return send_from_directory(
        _invoice_dir(current_user.patient_id),
        name,
        mimetype="application/pdf",
        as_attachment=True,
    )

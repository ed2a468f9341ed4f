"""Credit note and statement downloads for restaurant accounts.

Credit notes are issued when a visit is cancelled or knives are
returned unsharpened; they are stored as PDFs per account.
"""
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_from_directory
from flask_login import current_user, login_required

from knifegrinder.billing.models import CreditNote

bp = Blueprint("credit_notes", __name__, url_prefix="/account/credit-notes")


def _account_dir() -> Path:
    root = Path(current_app.config["CREDIT_NOTE_DIR"])
    return root / str(current_user.account_id)


@bp.get("/")
@login_required
def index():
    notes = CreditNote.query.filter_by(account_id=current_user.account_id).order_by(CreditNote.issued_on.desc())
    return {"credit_notes": [{"number": n.number, "file": n.pdf_filename, "amount": str(n.amount)} for n in notes]}


@bp.get("/file")
@login_required
def download():
    filename = request.args.get("name", "")
    if not filename.lower().endswith(".pdf"):
        abort(400)
    return send_from_directory(
        _account_dir(),
        filename,
        mimetype="application/pdf",
        as_attachment=True,
        max_age=0,
    )

"""Customer portal download of invoice PDFs and tuning certificates."""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from pianotuner.models import Invoice

bp = Blueprint("invoice_files", __name__, url_prefix="/portal/invoices")

DOCUMENT_KINDS = {"invoice": "invoices", "certificate": "certificates"}


def _storage_root(kind: str) -> str:
    subdir = DOCUMENT_KINDS.get(kind)
    if subdir is None:
        abort(404)
    return os.path.join(current_app.config["DOCUMENT_ROOT"], subdir)


def _customer_owns(number: str) -> bool:
    return (
        Invoice.query.filter_by(number=number, customer_id=current_user.customer_id).first()
        is not None
    )


@bp.get("/<kind>/<number>/<path:filename>")
@login_required
def download(kind: str, number: str, filename: str):
    if not _customer_owns(number):
        abort(404)
    folder = os.path.join(_storage_root(kind), number)
    full_path = os.path.join(folder, filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)


@bp.get("/<number>")
@login_required
def listing(number: str):
    if not _customer_owns(number):
        abort(404)
    entries = {}
    for kind in DOCUMENT_KINDS:
        folder = os.path.join(_storage_root(kind), number)
        entries[kind] = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    return entries

"""Download endpoint for corporate event invoices.

Invoices are rendered to PDF by the billing job and written to the
invoice directory. Account managers download them from the back office.
"""
from __future__ import annotations

import os
from datetime import datetime

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("invoices", __name__, url_prefix="/backoffice/invoices")


def invoice_dir() -> str:
    return current_app.config.get("INVOICE_DIR", "/srv/kartcentre/invoices")


def invoice_path(filename: str) -> str:
    return os.path.join(invoice_dir(), filename)


@bp.get("/")
@login_required
def list_invoices():
    if not current_user.has_role("accounts"):
        abort(403)
    entries = []
    for name in sorted(os.listdir(invoice_dir())):
        if not name.endswith(".pdf"):
            continue
        stat = os.stat(os.path.join(invoice_dir(), name))
        entries.append(
            {
                "file": name,
                "size": stat.st_size,
                "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(),
            }
        )
    return {"invoices": entries}


@bp.get("/download")
@login_required
def download_invoice():
    if not current_user.has_role("accounts"):
        abort(403)
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    path = invoice_path(filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)

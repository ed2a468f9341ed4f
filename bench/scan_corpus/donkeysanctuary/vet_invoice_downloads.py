"""Lets finance and vet-team staff download scanned vet invoices."""
from __future__ import annotations

import os

from flask import Flask, abort, send_file
from flask_login import LoginManager, current_user, login_required

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["STAFF_APP_SECRET_KEY"]
app.config["INVOICE_ROOT"] = os.environ.get("INVOICE_ROOT", "/srv/finance/vet-invoices")
login_manager = LoginManager(app)

ALLOWED_ROLES = {"finance", "vet_team"}


def _can_view_invoices() -> bool:
    return bool(ALLOWED_ROLES & set(getattr(current_user, "roles", ())))


@app.get("/invoices/<path:filename>")
@login_required
def download_invoice(filename: str):
    if not _can_view_invoices():
        abort(403)
    full_path = os.path.join(app.config["INVOICE_ROOT"], filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)


@app.get("/invoices/")
@login_required
def list_invoices():
    if not _can_view_invoices():
        abort(403)
    root = app.config["INVOICE_ROOT"]
    names = sorted(
        name for name in os.listdir(root) if name.lower().endswith(".pdf")
    )
    return {"invoices": names}

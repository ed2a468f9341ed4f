"""Download endpoint for e-books a borrower has on loan.

The e-book store holds DRM-wrapped files under EBOOK_STORE/<format>/.  The
reading app asks for a file by name; the name is checked against the
borrower's active loan and served from inside the store directory only.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .lending import active_loan_for_file

bp = Blueprint("ebook_download", __name__, url_prefix="/ebooks")

FORMATS = {"epub": "application/epub+zip", "pdf": "application/pdf"}


def store_dir(fmt: str) -> str:
    root = current_app.config.get("EBOOK_STORE") or os.environ["EBOOK_STORE"]
    return os.path.join(root, fmt)


@bp.get("/<fmt>/<path:filename>")
@login_required
def download(fmt: str, filename: str):
    if fmt not in FORMATS:
        abort(404)
    loan = active_loan_for_file(current_user.card_number, fmt, filename)
    if loan is None:
        abort(403)
    response = send_from_directory(
        store_dir(fmt),
        filename,
        mimetype=FORMATS[fmt],
        as_attachment=True,
        max_age=0,
    )
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Loan-Expires"] = loan.expires_at.isoformat()
    return response


@bp.get("/<fmt>/")
@login_required
def list_available(fmt: str):
    if fmt not in FORMATS:
        abort(404)
    from .lending import active_loans

    loans = active_loans(current_user.card_number)
    return {
        "format": fmt,
        "files": [l.file_name for l in loans if l.format == fmt],
    }

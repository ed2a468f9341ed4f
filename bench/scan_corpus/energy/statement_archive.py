"""Customer portal: statement archive and PDF download.

Statement PDFs are written by the billing run to
``<STATEMENT_ROOT>/<account_number>/<statement_id>.pdf``.
"""
from __future__ import annotations

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

from .billing import statements_for_account

bp = Blueprint("statements", __name__, url_prefix="/statements")


def _account_dir() -> str:
    return f"{current_app.config['STATEMENT_ROOT']}/{current_user.account_number}"


@bp.get("/")
@login_required
def index():
    return {
        "statements": [
            {"id": s.id, "period": s.period_label, "amount": str(s.amount_due)}
            for s in statements_for_account(current_user.account_number)
        ]
    }


@bp.get("/<int:statement_id>.pdf")
@login_required
def download(statement_id: int):
    owned = {s.id for s in statements_for_account(current_user.account_number)}
    if statement_id not in owned:
        abort(404)
    return send_from_directory(
        _account_dir(),
        f"{statement_id}.pdf",
        mimetype="application/pdf",
        as_attachment=True,
    )

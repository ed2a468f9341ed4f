"""Trade portal delivery of issued quote PDFs.

PDFs sit in the quotes output directory; the customer picks one from the
list shown for their account.
"""
from __future__ import annotations

from flask import Blueprint, abort, current_app, g, jsonify, request, send_from_directory

bp = Blueprint("quote_delivery", __name__, url_prefix="/portal/quote-files")


def _account_quotes(account_no: str) -> dict[str, dict]:
    db = current_app.extensions["quotes_db"]
    rows = db.execute(
        "SELECT pdf_name, quote_number, revision, project_name FROM quotes "
        "WHERE account_no = ? AND status = 'issued'",
        (account_no,),
    ).fetchall()
    return {r[0]: {"quote": r[1], "revision": r[2], "project": r[3]} for r in rows}


@bp.before_request
def require_account():
    if not getattr(g, "account_no", None):
        abort(401)


@bp.route("/")
def index():
    quotes = _account_quotes(g.account_no)
    return jsonify([{"file": name, **meta} for name, meta in sorted(quotes.items())])


@bp.route("/download")
def download():
    name = request.args.get("file", "")
    if name not in _account_quotes(g.account_no):
        abort(404)
    return send_from_directory(
        current_app.config["QUOTE_OUTPUT_DIR"],
        name,
        mimetype="application/pdf",
        as_attachment=True,
    )


@bp.route("/latest/<quote_number>")
def latest(quote_number: str):
    matches = [
        (meta["revision"], name)
        for name, meta in _account_quotes(g.account_no).items()
        if meta["quote"] == quote_number
    ]
    if not matches:
        abort(404)
    _, name = max(matches)
    return send_from_directory(current_app.config["QUOTE_OUTPUT_DIR"], name, mimetype="application/pdf")

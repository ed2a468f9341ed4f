"""Trade portal downloads of issued quote PDFs.

The quoting job writes PDFs as ``Q<number>-r<revision>.pdf`` into the
shared quotes directory; the portal lists them for the logged-in account
and serves the chosen file.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, g, jsonify, request, send_file

bp = Blueprint("portal_quotes", __name__, url_prefix="/portal/quotes")


def _quotes_dir() -> str:
    return current_app.config["QUOTE_OUTPUT_DIR"]


def _quotes_for_account(account_no: str) -> list[dict]:
    db = current_app.extensions["quotes_db"]
    rows = db.execute(
        "SELECT quote_number, revision, project_name, total_net, pdf_name FROM quotes "
        "WHERE account_no = ? AND status = 'issued' ORDER BY issued_at DESC",
        (account_no,),
    ).fetchall()
    return [
        {
            "quote": r[0],
            "revision": r[1],
            "project": r[2],
            "total_net": str(r[3]),
            "file": r[4],
        }
        for r in rows
    ]


@bp.before_request
def require_account():
    if not getattr(g, "account_no", None):
        abort(401)


@bp.route("/")
def list_quotes():
    return jsonify(_quotes_for_account(g.account_no))


@bp.route("/download")
def download():
    name = request.args.get("file", "")
    if not name.lower().endswith(".pdf"):
        abort(400)
    return send_file(os.path.join(_quotes_dir(), name), mimetype="application/pdf", as_attachment=True)

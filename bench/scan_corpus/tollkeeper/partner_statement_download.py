"""Monthly statement downloads for clearing-house partners.

Partners sign in to the clearing portal and download their monthly
interoperability statements, which live in a per-partner folder.
"""
import os

from flask import Blueprint, abort, g, send_from_directory

from tollkeeper.config import settings
from tollkeeper.partners.auth import partner_login_required

bp = Blueprint("partner_statements", __name__, url_prefix="/portal/statements")

STATEMENT_ROOT = settings.PARTNER_STATEMENT_ROOT


def partner_folder(partner_code: str) -> str:
    return os.path.join(STATEMENT_ROOT, partner_code.lower())


@bp.get("/")
@partner_login_required
def list_statements():
    folder = partner_folder(g.partner.code)
    if not os.path.isdir(folder):
        return {"statements": []}
    names = sorted(n for n in os.listdir(folder) if n.endswith(".csv"))
    return {"statements": names}


@bp.get("/<path:filename>")
@partner_login_required
def download_statement(filename: str):
    if not filename.endswith(".csv"):
        abort(404)
    return send_from_directory(
        partner_folder(g.partner.code),
        filename,
        as_attachment=True,
        mimetype="text/csv",
    )

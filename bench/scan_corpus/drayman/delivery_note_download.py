"""Delivery note PDFs for pub portal users.

Each delivery produces a signed delivery note listing kegs dropped and
empties collected. Notes are filed per account and listed in the portal.
"""
import os

from flask import Blueprint, abort, g, request, send_from_directory

from drayman.portal.auth import portal_login_required
from drayman.settings import settings

bp = Blueprint("delivery_notes", __name__, url_prefix="/portal/delivery-notes")

NOTES_ROOT = settings.DELIVERY_NOTES_DIR


def account_notes_dir(account_ref: str) -> str:
    return os.path.join(NOTES_ROOT, account_ref.lower())


@bp.get("/")
@portal_login_required
def index():
    folder = account_notes_dir(g.portal_user.account_ref)
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))
    except FileNotFoundError:
        names = []
    return {"notes": names}


@bp.get("/file")
@portal_login_required
def download():
    name = request.args.get("name", "")
    if not name.endswith(".pdf"):
        abort(404)
    return send_from_directory(
        account_notes_dir(g.portal_user.account_ref),
        name,
        mimetype="application/pdf",
        as_attachment=True,
    )

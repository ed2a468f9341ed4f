"""Downloads of certificates of analysis (COA) for wholesale buyers.

Every bottled batch gets a COA PDF from the contract lab (ABV, pH,
microbial counts). Grocery buyers download them from the portal for
their own compliance files.
"""
import os

from flask import Blueprint, abort, current_app, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("coa", __name__, url_prefix="/coa")

COA_DIR = os.environ.get("COA_DIR", "/srv/portal/coa")


def _shipped_to(account_code: str, batch_code: str) -> bool:
    db = current_app.extensions["db"]
    row = db.execute(
        "SELECT 1 FROM shipments WHERE account_code = %s AND batch_code = %s LIMIT 1",
        (account_code, batch_code),
    ).fetchone()
    return row is not None


@bp.get("/<batch_code>/<path:filename>")
@login_required
def download_coa(batch_code: str, filename: str):
    if not _shipped_to(current_user.account_code, batch_code):
        abort(404)
    if not filename.lower().endswith(".pdf"):
        abort(404)
    batch_dir = os.path.join(COA_DIR, batch_code)
    return send_from_directory(
        batch_dir, filename, mimetype="application/pdf", as_attachment=True
    )


@bp.get("/<batch_code>")
@login_required
def list_coas(batch_code: str):
    if not _shipped_to(current_user.account_code, batch_code):
        abort(404)
    try:
        names = sorted(n for n in os.listdir(os.path.join(COA_DIR, batch_code)) if n.endswith(".pdf"))
    except FileNotFoundError:
        names = []
    return {"batch": batch_code, "files": names}

"""Downloads of certificates of analysis (COA) for wholesale buyers.

Every bottled batch gets a COA PDF from the contract lab (alcohol by
volume, pH, microbial counts). Grocery buyers download them from the
portal to satisfy their own compliance checks.
"""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

bp = Blueprint("coa", __name__, url_prefix="/coa")

COA_DIR = os.environ.get("COA_DIR", "/srv/portal/coa")


def _account_can_see(account_code: str, batch_code: str) -> bool:
    db = current_app.extensions["db"]
    row = db.execute(
        "SELECT 1 FROM shipments WHERE account_code = %s AND batch_code = %s LIMIT 1",
        (account_code, batch_code),
    ).fetchone()
    return row is not None


@bp.get("/<batch_code>/<path:filename>")
@login_required
def download_coa(batch_code: str, filename: str):
    if not _account_can_see(current_user.account_code, batch_code):
        abort(404)
    path = os.path.join(COA_DIR, batch_code, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)


@bp.get("/<batch_code>")
@login_required
def list_coas(batch_code: str):
    if not _account_can_see(current_user.account_code, batch_code):
        abort(404)
    folder = os.path.join(COA_DIR, batch_code)
    try:
        names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))
    except FileNotFoundError:
        names = []
    return {"batch": batch_code, "files": names}

"""Online-banking endpoint for downloading monthly PDF statements."""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("statements", __name__)

STATEMENT_ROOT = os.environ.get("STATEMENT_ROOT", "/srv/statements")


@bp.get("/statements")
@login_required
def list_statements():
    folder = os.path.join(STATEMENT_ROOT, str(current_user.customer_id))
    if not os.path.isdir(folder):
        return {"statements": []}
    return {"statements": sorted(f for f in os.listdir(folder) if f.endswith(".pdf"))}


@bp.get("/statements/download")
@login_required
def download_statement():
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    path = os.path.join(STATEMENT_ROOT, str(current_user.customer_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=os.path.basename(name))

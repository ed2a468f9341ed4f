"""Customer portal: download previously issued bill PDFs."""
import os

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

bp = Blueprint("bills", __name__, url_prefix="/bills")


@bp.get("/download")
@login_required
def download_bill():
    filename = request.args.get("file", "")
    if not filename.endswith(".pdf"):
        abort(400)
    account_dir = os.path.join(current_app.config["BILL_PDF_ROOT"], current_user.account_number)
    path = os.path.join(account_dir, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=filename)


@bp.get("/")
@login_required
def list_bills():
    account_dir = os.path.join(current_app.config["BILL_PDF_ROOT"], current_user.account_number)
    try:
        files = sorted(f for f in os.listdir(account_dir) if f.endswith(".pdf"))
    except FileNotFoundError:
        files = []
    return {"bills": files}

"""Certificate PDF downloads for portal customers.

Certificates are stored per customer as <store>/<customer_no>/<cert>.pdf.
"""
from flask import Blueprint, abort, current_app, request, send_from_directory, session
from werkzeug.utils import secure_filename

from .auth import customer_login_required

bp = Blueprint("certificates", __name__)


@bp.get("/certificates/download")
@customer_login_required
def download_certificate():
    name = secure_filename(request.args.get("cert", ""))
    if not name.lower().endswith(".pdf"):
        abort(400)
    customer_dir = f"{current_app.config['CERT_STORE']}/{session['customer_no']}"
    # send_from_directory refuses paths that escape customer_dir
    return send_from_directory(customer_dir, name, as_attachment=True)

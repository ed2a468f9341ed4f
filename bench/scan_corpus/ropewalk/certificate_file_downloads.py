"""Download endpoint for tensile test certificates on the trade portal.

QA drops signed certificate PDFs into a per-customer folder on the file share;
buyers download them from the "Certificates" tab of the portal.
"""
import os

from flask import Blueprint, abort, g, request, send_file

from ropewalk.portal.auth import login_required

bp = Blueprint("certificates", __name__)

CERT_ROOT = os.environ.get("CERT_ROOT", "/mnt/qa-share/certificates")


def customer_folder(account_code: str) -> str:
    return os.path.join(CERT_ROOT, account_code.upper())


def certificate_path(account_code: str, filename: str) -> str:
    return os.path.join(customer_folder(account_code), filename)


@bp.get("/portal/certificates")
@login_required
def list_certificates():
    folder = customer_folder(g.user.account_code)
    try:
        names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".pdf"))
    except FileNotFoundError:
        names = []
    return {"certificates": names}


@bp.get("/portal/certificates/download")
@login_required
def download_certificate():
    filename = request.args.get("file", "")
    if not filename.lower().endswith(".pdf"):
        abort(400)
    path = certificate_path(g.user.account_code, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True)

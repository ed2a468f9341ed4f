"""Buyer-facing downloads of certification documents for delivered lots.

Files live under CERT_ROOT/<buyer_code>/..., written there by the QA team
when a lot ships (LWG certificate, Cr(VI) report, country-of-origin letter).
"""
import os

from flask import Blueprint, abort, current_app, send_file, session

bp = Blueprint("cert_downloads", __name__, url_prefix="/certificates")

ALLOWED_SUFFIXES = (".pdf", ".jpg", ".png")


def _buyer_code() -> str:
    code = session.get("buyer_code")
    if not code:
        abort(401)
    return code


def cert_root() -> str:
    return current_app.config.get("CERT_ROOT", "/srv/tannery/certificates")


def list_documents(buyer_code: str) -> list[str]:
    base = os.path.join(cert_root(), buyer_code)
    if not os.path.isdir(base):
        return []
    found = []
    for dirpath, _dirs, files in os.walk(base):
        for name in files:
            if name.lower().endswith(ALLOWED_SUFFIXES):
                found.append(os.path.relpath(os.path.join(dirpath, name), base))
    return sorted(found)


@bp.get("/")
def index():
    return {"documents": list_documents(_buyer_code())}


@bp.get("/<path:doc_path>")
def download(doc_path: str):
    buyer = _buyer_code()
    if not doc_path.lower().endswith(ALLOWED_SUFFIXES):
        abort(404)
    full_path = os.path.join(cert_root(), buyer, doc_path)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, as_attachment=True, download_name=os.path.basename(doc_path))

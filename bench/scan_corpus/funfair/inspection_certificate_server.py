"""Serves signed inspection certificates (DoC PDFs) to councils and showground owners."""

from __future__ import annotations

import logging
import os

from flask import Flask, abort, jsonify, request, send_file
from flask_httpauth import HTTPTokenAuth
from werkzeug.security import check_password_hash

app = Flask(__name__)
auth = HTTPTokenAuth(scheme="Bearer")
log = logging.getLogger(__name__)

CERT_DIR = os.environ.get("CERTIFICATE_DIR", "/srv/funfair/certificates")
ACCESS_TOKEN_HASHES = {
    name: value
    for name, value in (
        entry.split(":", 1)
        for entry in os.environ.get("CERT_PORTAL_TOKENS", "").split(",")
        if ":" in entry
    )
}


@auth.verify_token
def verify_token(token: str):
    for client, token_hash in ACCESS_TOKEN_HASHES.items():
        if check_password_hash(token_hash, token):
            return client
    return None


@app.get("/certificates")
@auth.login_required
def list_certificates():
    names = sorted(n for n in os.listdir(CERT_DIR) if n.lower().endswith(".pdf"))
    return jsonify({"certificates": names})


@app.get("/certificates/download")
@auth.login_required
def download_certificate():
    filename = request.args.get("file", "")
    if not filename.lower().endswith(".pdf"):
        abort(400, "certificates are PDF files")
    path = os.path.join(CERT_DIR, filename)
    if not os.path.isfile(path):
        abort(404)
    log.info("certificate %s downloaded by %s", filename, auth.current_user())
    return send_file(path, mimetype="application/pdf", as_attachment=True)

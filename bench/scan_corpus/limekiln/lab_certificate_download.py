"""Download endpoint for lab test certificates (compressive strength, free lime content)."""
from __future__ import annotations

import logging
import os

from flask import Flask, abort, jsonify, send_file
from flask_login import LoginManager, current_user, login_required

app = Flask(__name__)
app.config.from_prefixed_env("LIMEKILN")
login_manager = LoginManager(app)
log = logging.getLogger("lab.certificates")

CERTIFICATE_DIR = os.environ.get("LIMEKILN_CERT_DIR", "/srv/limekiln/lab-certificates")


def _list_certificates() -> list[str]:
    return sorted(
        name for name in os.listdir(CERTIFICATE_DIR) if name.lower().endswith(".pdf")
    )


@app.get("/lab/certificates")
@login_required
def index():
    return jsonify(certificates=_list_certificates())


@app.get("/lab/certificates/<path:filename>")
@login_required
def download(filename: str):
    full_path = os.path.join(CERTIFICATE_DIR, filename)
    if not os.path.isfile(full_path):
        abort(404)
    log.info("user %s downloaded certificate %s", current_user.get_id(), filename)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True)


@app.get("/lab/certificates/batch/<batch_no>")
@login_required
def by_batch(batch_no: str):
    if not batch_no.isalnum():
        abort(400)
    matches = [n for n in _list_certificates() if n.startswith(f"{batch_no}_")]
    if not matches:
        abort(404)
    return jsonify(batch=batch_no, certificates=matches)

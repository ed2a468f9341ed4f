"""Download of operator certification documents.

Each operator's CPCS / NPORS cards, medicals and appointed-person
certificates are scanned and stored per operator. Clients' site managers can
download them when checking a crew before a lift.
"""
import os
from functools import wraps

from flask import Flask, abort, g, jsonify, send_file, session

app = Flask(__name__)
app.config.from_prefixed_env()

CERT_ROOT = os.environ.get("CERT_ROOT", "/srv/cranehire/certificates")


def login_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        user_id = session.get("user_id")
        if user_id is None:
            abort(401)
        g.user_id = user_id
        return view(*args, **kwargs)

    return wrapped


def _operator_visible(user_id: int, operator_id: int) -> bool:
    from cranehire.bookings import crews_for_user

    return operator_id in crews_for_user(user_id)


@app.get("/operators/<int:operator_id>/certificates")
@login_required
def list_certificates(operator_id: int):
    if not _operator_visible(g.user_id, operator_id):
        abort(404)
    folder = os.path.join(CERT_ROOT, str(operator_id))
    if not os.path.isdir(folder):
        return jsonify([])
    return jsonify(sorted(name for name in os.listdir(folder) if name.endswith(".pdf")))


@app.get("/operators/<int:operator_id>/certificates/<path:filename>")
@login_required
def download_certificate(operator_id: int, filename: str):
    if not _operator_visible(g.user_id, operator_id):
        abort(404)
    root = os.path.join(CERT_ROOT, str(operator_id))
    return send_file(os.path.join(root, filename), as_attachment=True)

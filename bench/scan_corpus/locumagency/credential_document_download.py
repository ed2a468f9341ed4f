"""Let compliance officers download a clinician's uploaded credential documents.

Documents (DBS certificates, passports, indemnity letters) are stored under
one folder per clinician on the compliance file share.
"""

from __future__ import annotations

import mimetypes
import os
from functools import wraps

from flask import Flask, abort, g, jsonify, request, send_file, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["CREDENTIAL_ROOT"] = os.environ.get("CREDENTIAL_ROOT", "/srv/compliance/credentials")


def compliance_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        role = session.get("role")
        if role not in {"compliance", "compliance_admin"}:
            abort(403)
        g.officer = session.get("user_email")
        return view(*args, **kwargs)

    return wrapper


def clinician_folder(clinician_id: int) -> str:
    return os.path.join(app.config["CREDENTIAL_ROOT"], f"{clinician_id:08d}")


@app.get("/compliance/clinicians/<int:clinician_id>/documents")
@compliance_only
def list_documents(clinician_id: int):
    folder = clinician_folder(clinician_id)
    if not os.path.isdir(folder):
        return jsonify([])
    return jsonify(sorted(os.listdir(folder)))


@app.get("/compliance/clinicians/<int:clinician_id>/documents/download")
@compliance_only
def download_document(clinician_id: int):
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(clinician_folder(clinician_id), name)
    if not os.path.isfile(path):
        abort(404)
    app.logger.info("officer %s downloaded %s for clinician %s", g.officer, name, clinician_id)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=os.path.basename(path))

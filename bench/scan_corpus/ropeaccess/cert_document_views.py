"""Download views for technician certificate scans.

Clients auditing a crew before site access can download the certificate scans
(IRATA card, medical, GWO) of technicians assigned to their jobs.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, g, request, send_file

from .auth import client_login_required

bp = Blueprint("cert_docs", __name__, url_prefix="/portal/certs")

CERT_ROOT = os.environ.get("CERT_SCAN_ROOT", "/srv/ropeaccess/cert_scans")


def _assigned(technician_id: int) -> bool:
    jobs = current_app.extensions["job_repo"]
    return jobs.technician_on_client_job(technician_id, g.client.id)


@bp.get("/<int:technician_id>")
def list_documents(technician_id: int):
    client_login_required()
    if not _assigned(technician_id):
        abort(404)
    folder = os.path.join(CERT_ROOT, str(technician_id))
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".pdf"))
    return {"technician_id": technician_id, "documents": names}


@bp.get("/<int:technician_id>/download")
def download_document(technician_id: int):
    client_login_required()
    if not _assigned(technician_id):
        abort(404)
    name = request.args.get("file", "")
    if not name.lower().endswith(".pdf"):
        abort(400)
    path = os.path.join(CERT_ROOT, str(technician_id), name)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info(
        "client %s downloaded %s for technician %s", g.client.id, name, technician_id
    )
    return send_file(path, mimetype="application/pdf", as_attachment=True)

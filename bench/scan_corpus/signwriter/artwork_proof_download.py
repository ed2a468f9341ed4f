"""Download endpoint for artwork proofs.

Clients and the office download proof PDFs for a job, including earlier
revisions, from the job's proof folder on the studio file server.
"""
import os

from flask import Blueprint, abort, request, send_file
from flask_login import current_user, login_required

from signwriter.config import settings
from signwriter.jobs import job_visible_to

bp = Blueprint("proof_downloads", __name__, url_prefix="/proofs")


def proof_folder(job_ref: str) -> str:
    return os.path.join(settings.PROOF_ROOT, job_ref.upper(), "issued")


def list_revisions(job_ref: str) -> list[str]:
    folder = proof_folder(job_ref)
    if not os.path.isdir(folder):
        return []
    return sorted(name for name in os.listdir(folder) if name.lower().endswith(".pdf"))


@bp.get("/<job_ref>")
@login_required
def revisions(job_ref: str):
    if not job_visible_to(current_user, job_ref):
        abort(404)
    return {"job_ref": job_ref, "revisions": list_revisions(job_ref)}


@bp.get("/<job_ref>/download")
@login_required
def download(job_ref: str):
    if not job_visible_to(current_user, job_ref):
        abort(404)
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    full_path = os.path.join(proof_folder(job_ref), filename)
    if not os.path.isfile(full_path):
        abort(404)
    return send_file(full_path, mimetype="application/pdf", as_attachment=True, download_name=os.path.basename(full_path))

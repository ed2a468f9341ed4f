"""Serve generated quote and invoice PDFs to staff and portal users.

PDFs are rendered by the document worker into
    <DOCS_ROOT>/<year>/<document name>.pdf
and linked from the job page by their relative path.
"""
import os
from pathlib import Path

from flask import Blueprint, abort, request, send_file

from .auth import current_user_can_see_job
from .documents import job_ref_for_document

bp = Blueprint("documents", __name__, url_prefix="/documents")

DOCS_ROOT = Path(os.environ.get("DOCS_ROOT", "/srv/tiler/documents")).resolve()


def resolve_document(relative: str) -> Path:
    candidate = (DOCS_ROOT / relative).resolve()
    if not candidate.is_relative_to(DOCS_ROOT):
        raise PermissionError(relative)
    if candidate.suffix.lower() != ".pdf":
        raise FileNotFoundError(relative)
    return candidate


@bp.get("/<path:relative>")
def download(relative: str):
    try:
        path = resolve_document(relative)
    except PermissionError:
        abort(404)
    except FileNotFoundError:
        abort(404)
    if not path.is_file():
        abort(404)

    job_ref = job_ref_for_document(path.relative_to(DOCS_ROOT).as_posix())
    if job_ref is None or not current_user_can_see_job(job_ref):
        abort(404)

    as_attachment = request.args.get("download") == "1"
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=as_attachment,
        download_name=path.name,
        max_age=0,
    )

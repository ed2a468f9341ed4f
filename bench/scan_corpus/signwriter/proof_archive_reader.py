"""Read archived proofs from closed jobs.

Completed jobs are moved to the archive share.  Repeat customers often ask
for "the same as last time", so the office pulls the old proof by name.
"""
from pathlib import Path

from flask import Blueprint, abort, request, send_file
from flask_login import login_required

from signwriter.config import settings

bp = Blueprint("proof_archive", __name__, url_prefix="/archive")

ARCHIVE_ROOT = Path(settings.PROOF_ARCHIVE_ROOT).resolve()
ALLOWED_SUFFIXES = {".pdf", ".svg", ".png"}


class ArchiveLookupError(LookupError):
    pass


def archived_proof(job_ref: str, filename: str) -> Path:
    candidate = (ARCHIVE_ROOT / job_ref / filename).resolve()
    if not candidate.is_relative_to(ARCHIVE_ROOT):
        raise ArchiveLookupError(filename)
    if candidate.suffix.lower() not in ALLOWED_SUFFIXES or not candidate.is_file():
        raise ArchiveLookupError(filename)
    return candidate


def archived_files(job_ref: str) -> list[str]:
    folder = (ARCHIVE_ROOT / job_ref).resolve()
    if not folder.is_relative_to(ARCHIVE_ROOT) or not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.suffix.lower() in ALLOWED_SUFFIXES)


@bp.get("/<job_ref>")
@login_required
def archive_index(job_ref: str):
    return {"job_ref": job_ref, "files": archived_files(job_ref)}


@bp.get("/<job_ref>/file")
@login_required
def archive_file(job_ref: str):
    try:
        path = archived_proof(job_ref, request.args.get("name", ""))
    except ArchiveLookupError:
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)

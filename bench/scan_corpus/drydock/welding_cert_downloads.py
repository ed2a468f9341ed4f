"""Lets ship owners download the welding procedure and welder certificates for their job."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file

bp = Blueprint("weld_certs", __name__, url_prefix="/jobs")


class CertificateShelf:
    """Certificates are filed per repair job under a single root directory."""

    subdir = "welding-certificates"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def job_dir(self, job_no: int) -> Path:
        return self.root / f"job-{job_no}" / self.subdir

    def resolve(self, job_no: int, filename: str) -> Path:
        base = self.job_dir(job_no).resolve()
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base) or not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate

    def listing(self, job_no: int) -> list[str]:
        base = self.job_dir(job_no)
        return sorted(p.name for p in base.glob("*.pdf")) if base.is_dir() else []


def _shelf() -> CertificateShelf:
    return current_app.extensions["cert_shelf"]


@bp.get("/<int:job_no>/certificates")
def list_certificates(job_no: int):
    if job_no not in g.owner_jobs:
        abort(403)
    return {"job": job_no, "files": _shelf().listing(job_no)}


@bp.get("/<int:job_no>/certificates/<path:filename>")
def download_certificate(job_no: int, filename: str):
    if job_no not in g.owner_jobs:
        abort(403)
    try:
        path = _shelf().resolve(job_no, filename)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)

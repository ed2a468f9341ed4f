"""Archive of rigging inspection certificates.

When a rigging job is signed off, the certificate PDF (load-test results,
wire and terminal batch numbers) is rendered and filed. Owners and
insurers download it later from the job page.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_file

bp = Blueprint("rigging_certs", __name__, url_prefix="/rigging")


@dataclass
class RiggingJob:
    job_id: int
    owner_id: int
    vessel_name: str
    signed_off_on: date | None


class CertificateArchive:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, job: RiggingJob) -> Path:
        year = job.signed_off_on.year if job.signed_off_on else 0
        return self.root / f"{year:04d}" / f"rigging-cert-{job.job_id:08d}.pdf"

    def file(self, job: RiggingJob, pdf_bytes: bytes) -> Path:
        target = self.path_for(job)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pdf_bytes)
        return target


def archive() -> CertificateArchive:
    return CertificateArchive(Path(current_app.config["RIGGING_CERT_DIR"]))


@bp.get("/jobs/<int:job_id>/certificate.pdf")
def download_certificate(job_id: int):
    jobs = current_app.extensions["rigging_jobs"]
    job: RiggingJob | None = jobs.get(job_id)
    if job is None or job.signed_off_on is None:
        abort(404)
    if g.get("customer_id") != job.owner_id:
        abort(403)
    path = archive().path_for(job)
    if not path.is_file():
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"{job.vessel_name}-rigging-certificate.pdf",
    )

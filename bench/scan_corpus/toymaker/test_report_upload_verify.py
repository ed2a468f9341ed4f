"""Accepts CE/UKCA test report PDFs from accredited labs and checks them against the lab manifest."""

import hashlib
from pathlib import Path

import requests
from flask import Blueprint, abort, current_app, jsonify, request

from workshop.compliance.models import TestReport, db

bp = Blueprint("report_upload", __name__)

CHUNK = 1024 * 1024


def _sha256_of(stream) -> str:
    digest = hashlib.sha256()
    for chunk in iter(lambda: stream.read(CHUNK), b""):
        digest.update(chunk)
    stream.seek(0)
    return digest.hexdigest()


def _published_checksum(lab_code: str, report_number: str) -> str | None:
    base = current_app.config["LAB_MANIFEST_URLS"][lab_code]
    resp = requests.get(f"{base}/reports/{report_number}.json", timeout=10)
    if resp.status_code != 200:
        return None
    return resp.json().get("sha256")


@bp.post("/compliance/reports/<lab_code>/<report_number>")
def upload_report(lab_code: str, report_number: str):
    if lab_code not in current_app.config["LAB_MANIFEST_URLS"]:
        abort(404)
    upload = request.files.get("report")
    if upload is None or upload.mimetype != "application/pdf":
        abort(400)

    actual = _sha256_of(upload.stream)
    published = _published_checksum(lab_code, report_number)
    if published is None or actual != published.lower():
        return jsonify(error="checksum does not match lab manifest"), 409

    storage = Path(current_app.config["REPORT_STORAGE"])
    target = storage / f"{actual}.pdf"
    upload.save(target)
    report = TestReport(lab_code=lab_code, number=report_number, sha256=actual)
    db.session.add(report)
    db.session.commit()
    return jsonify(id=report.id, sha256=actual), 201

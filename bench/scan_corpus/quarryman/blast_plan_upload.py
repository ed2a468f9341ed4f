"""Upload of blast design plans ahead of a blasting permit application.

The drill-and-blast engineer uploads the blast design (face profile, hole
layout and charge plan) for a bench. Files are kept per bench so the permit
approver can review every version for that face.
"""

import os
from datetime import datetime
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("blast_plans", __name__, url_prefix="/blast-plans")

PERMITTED_TYPES = {"application/pdf", "image/png", "image/jpeg", "application/dxf"}
MAX_BYTES = 25 * 1024 * 1024


class PlanStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root)

    def bench_folder(self, bench_code: str) -> Path:
        folder = self.root / bench_code.upper()
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, bench_code: str, original_name: str, stream) -> Path:
        target = self.bench_folder(bench_code) / original_name
        with open(target, "wb") as out:
            out.write(stream.read(MAX_BYTES + 1)[:MAX_BYTES])
        return target


def _store() -> PlanStore:
    return PlanStore(current_app.config.get("BLAST_PLAN_ROOT", "/srv/quarryman/blast-plans"))


@bp.post("/<bench_code>")
def upload_plan(bench_code: str):
    if not bench_code.isalnum():
        return jsonify(error="bench code must be alphanumeric"), 400
    upload = request.files.get("plan")
    if upload is None or not upload.filename:
        return jsonify(error="no plan attached"), 400
    if upload.mimetype not in PERMITTED_TYPES:
        return jsonify(error=f"unsupported file type {upload.mimetype}"), 415
    saved = _store().save(bench_code, upload.filename, upload.stream)
    return jsonify(
        bench=bench_code.upper(),
        stored_as=saved.name,
        size=os.path.getsize(saved),
        uploaded_at=datetime.utcnow().isoformat(timespec="seconds"),
    ), 201

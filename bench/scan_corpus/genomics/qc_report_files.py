"""Serve per-sample QC artefacts (MultiQC HTML, coverage plots) to lab staff."""
import os

from flask import Blueprint, abort, send_file
from flask_login import login_required

from lab.auth import staff_required

QC_ROOT = os.path.realpath(os.environ.get("QC_ROOT", "/srv/genomics/qc"))

bp = Blueprint("qc_files", __name__)


def _resolve(run_id: str, filename: str) -> str:
    candidate = os.path.realpath(os.path.join(QC_ROOT, run_id, filename))
    if os.path.commonpath([QC_ROOT, candidate]) != QC_ROOT:
        abort(404)
    return candidate


@bp.get("/qc/<run_id>/<path:filename>")
@login_required
@staff_required
def qc_file(run_id: str, filename: str):
    path = _resolve(run_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, download_name=os.path.basename(path))

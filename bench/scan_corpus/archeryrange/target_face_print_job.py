"""Print queue for target faces and scoring sheets at the clubhouse.

Coaches request printed target faces (122cm, 80cm, triple spots) and
scoring sheets for a session from the coaching dashboard; the request is
sent to the clubhouse printer through CUPS.
"""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

log = logging.getLogger(__name__)
bp = Blueprint("printing", __name__, url_prefix="/coaching/print")

FACES_DIR = Path(os.environ.get("TARGET_FACES_DIR", "/srv/club/target-faces"))
FACE_FILES = {
    "122cm": "wa_122cm.pdf",
    "80cm": "wa_80cm.pdf",
    "60cm": "wa_60cm.pdf",
    "triple-spot": "wa_triple_spot.pdf",
    "scoresheet": "scoresheet_6arrow.pdf",
}


@dataclass
class PrintRequest:
    face: str
    copies: int
    session_label: str
    printer: str


def build_lp_command(job: PrintRequest) -> str:
    document = FACES_DIR / FACE_FILES[job.face]
    return f'lp -d {job.printer} -n {job.copies} -t "{job.session_label}" {document}'


def submit(job: PrintRequest) -> str:
    command = build_lp_command(job)
    result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        log.error("lp failed for %s: %s", job.face, result.stderr.strip())
        raise RuntimeError("Printer rejected the job")
    return result.stdout.strip()


@bp.post("/")
@login_required
def print_faces():
    if not current_user.is_coach:
        abort(403)
    body = request.get_json(force=True)
    face = body.get("face")
    if face not in FACE_FILES:
        abort(400, "Unknown target face")
    copies = int(body.get("copies", 1))
    if not 1 <= copies <= 60:
        abort(400, "Between 1 and 60 copies")
    job = PrintRequest(
        face=face,
        copies=copies,
        session_label=body.get("session_label", "Coaching session"),
        printer=os.environ.get("CLUBHOUSE_PRINTER", "clubhouse-laser"),
    )
    job_id = submit(job)
    log.info("Coach %s printed %d x %s", current_user.id, copies, face)
    return jsonify({"job": job_id}), 202

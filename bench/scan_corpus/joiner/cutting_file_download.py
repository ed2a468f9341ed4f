"""Download endpoint for nested CNC cutting programs.

The machine PCs and the workshop foreman fetch the post-processed programs
(.nc / .tap) for a job from the shared cutting-file store.
"""
import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import login_required

bp = Blueprint("cutting_files", __name__, url_prefix="/cutting")

PROGRAM_SUFFIXES = {".nc", ".tap", ".cix", ".mpr"}


def cutting_root() -> str:
    return current_app.config.get("CUTTING_FILE_ROOT", "/srv/joinery/cutting")


def list_programs(job_ref: str) -> list[str]:
    job_dir = os.path.join(cutting_root(), job_ref.upper())
    if not os.path.isdir(job_dir):
        return []
    return sorted(
        name for name in os.listdir(job_dir)
        if os.path.splitext(name)[1].lower() in PROGRAM_SUFFIXES
    )


@bp.get("/<job_ref>/")
@login_required
def job_programs(job_ref: str):
    programs = list_programs(job_ref)
    if not programs:
        abort(404)
    return {"job": job_ref.upper(), "programs": programs}


@bp.get("/<job_ref>/<path:program>")
@login_required
def download_program(job_ref: str, program: str):
    path = os.path.join(cutting_root(), job_ref.upper(), program)
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="text/plain",
        as_attachment=True,
        download_name=os.path.basename(path),
    )

"""Search endpoint over raw aircraft technical log exports.

Line maintenance controllers use this to find earlier write-ups of a defect
(e.g. "PACK 2 OVHT") across the flat-file exports from the tech log system.
"""
import os
import subprocess

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

bp = Blueprint("techlog_search", __name__)

EXPORT_DIR = os.environ.get("TECHLOG_EXPORT_DIR", "/srv/techlog/exports")
MAX_HITS = 500


@bp.get("/techlog/search")
@login_required
def search():
    phrase = request.args.get("q", "").strip()
    if len(phrase) < 3:
        abort(400, "query too short")

    proc = subprocess.run(
        f"grep -rih '{phrase}' {EXPORT_DIR} | head -n {MAX_HITS}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=30,
    )
    hits = [line for line in proc.stdout.splitlines() if line]
    return jsonify({"query": phrase, "count": len(hits), "hits": hits})

"""Packages regulator audit exports requested through the compliance console."""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

log = logging.getLogger(__name__)
bp = Blueprint("audit_exports", __name__, url_prefix="/compliance/exports")

EXPORT_ROOT = Path(os.environ.get("AUDIT_EXPORT_ROOT", "/srv/organbank/exports"))
OUTBOX = Path(os.environ.get("AUDIT_OUTBOX", "/srv/organbank/outbox"))
RUN_OPTIONS = {"shell": True, "check": True, "capture_output": True, "timeout": 300}


def _archive_command(export_name: str, compression: str) -> str:
    flag = {"gzip": "z", "xz": "J"}.get(compression, "z")
    suffix = "tar.gz" if flag == "z" else "tar.xz"
    return f"tar -c{flag}f {OUTBOX}/{export_name}.{suffix} -C {EXPORT_ROOT} {export_name}"


def compress_export(export_name: str, compression: str = "gzip") -> Path:
    command = _archive_command(export_name, compression)
    log.info("packaging audit export %s", export_name)
    subprocess.run(command, **RUN_OPTIONS)
    matches = sorted(OUTBOX.glob(f"{export_name}.tar.*"))
    if not matches:
        raise FileNotFoundError(export_name)
    return matches[-1]


@bp.post("/package")
def package_export():
    payload = request.get_json(force=True)
    export_name = payload.get("export_name", "")
    if not export_name:
        abort(400, "export_name required")
    try:
        archive = compress_export(export_name, payload.get("compression", "gzip"))
    except subprocess.CalledProcessError as exc:
        log.error("tar failed for %s: %s", export_name, exc.stderr)
        abort(500, "packaging failed")
    return jsonify({"archive": archive.name, "bytes": archive.stat().st_size}), 201

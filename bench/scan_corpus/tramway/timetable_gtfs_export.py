"""On-demand GTFS export for a timetable version, triggered from the planning UI."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)

EXPORT_ROOT = Path(os.environ.get("GTFS_EXPORT_ROOT", "/srv/timetables/exports"))
EXPORTER = os.environ.get("GTFS_EXPORTER_BIN", "/opt/planning/bin/tt-export")
RUN_OPTS = {"shell": True, "check": True, "capture_output": True, "text": True, "timeout": 600}


def _export_command(version_id: int, feed_label: str, out_dir: Path) -> str:
    archive = out_dir / f"gtfs-{version_id}.zip"
    return (
        f"{EXPORTER} --version {version_id} --label '{feed_label}' --format gtfs "
        f"--output {archive} && sha256sum {archive} > {archive}.sha256"
    )


def run_export(version_id: int, feed_label: str) -> Path:
    out_dir = EXPORT_ROOT / str(version_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    cmd = _export_command(version_id, feed_label, out_dir)
    subprocess.run(cmd, **RUN_OPTS)
    return out_dir / f"gtfs-{version_id}.zip"


@app.post("/timetables/<int:version_id>/export")
def export_timetable(version_id: int):
    payload = request.get_json(force=True) or {}
    label = payload.get("feed_label", f"version-{version_id}")
    try:
        archive = run_export(version_id, label)
    except subprocess.CalledProcessError as exc:
        return jsonify({"error": "export failed", "stderr": exc.stderr[-2000:]}), 500
    return jsonify({"archive": archive.name, "size": archive.stat().st_size}), 201

"""Runs the spectrum analyser on strike recordings uploaded by the tuning room."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Dict, Optional

from flask import Flask, jsonify, request
from werkzeug.datastructures import FileStorage

app = Flask(__name__)

UPLOAD_ROOT = Path(os.environ.get("TUNING_UPLOADS", "/srv/tuning/uploads"))
ANALYSER_BIN = os.environ.get("SPECTRUM_BIN", "/opt/bellspec/bin/bellspec")


class SpectrumJob:
    """Prepares then executes one analyser run for a strike recording."""

    def __init__(self, bell_serial: str, partials: int = 7) -> None:
        self.bell_serial = bell_serial
        self.partials = partials
        self._command: Optional[str] = None
        self._output: Optional[Path] = None

    def prepare(self, upload: FileStorage) -> None:
        target_dir = UPLOAD_ROOT / self.bell_serial
        target_dir.mkdir(parents=True, exist_ok=True)
        recording = target_dir / os.path.basename(upload.filename or "strike.wav")
        upload.save(recording)
        self._output = target_dir / "spectrum.json"
        self._command = (
            f"{ANALYSER_BIN} --partials {self.partials} "
            f"--input '{target_dir}/{upload.filename}' --json {self._output}"
        )

    def run(self) -> Dict[str, object]:
        if self._command is None or self._output is None:
            raise RuntimeError("prepare() must be called first")
        subprocess.run(self._command, shell=True, check=True, timeout=120)
        return json.loads(self._output.read_text())


@app.post("/bells/<bell_serial>/spectrum")
def analyse(bell_serial: str):
    if not bell_serial.replace("-", "").isalnum():
        return jsonify({"error": "unknown bell serial"}), 404
    upload = request.files.get("recording")
    if upload is None:
        return jsonify({"error": "recording missing"}), 400
    job = SpectrumJob(bell_serial, partials=int(request.form.get("partials", 7)))
    job.prepare(upload)
    result = job.run()
    return jsonify({"bell": bell_serial, "partials": result.get("partials", [])})

"""Transcodes voicing session recordings uploaded from the field recorder.

Voicers record each rank note by note in the church; the office converts
the uploaded WAV files to FLAC for the archive and MP3 for the client.
"""
from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from flask import Flask, abort, jsonify, request
from werkzeug.utils import secure_filename

log = logging.getLogger(__name__)

UPLOAD_ROOT = Path("/srv/organworks/recordings/incoming")
ARCHIVE_ROOT = Path("/srv/organworks/recordings/archive")

app = Flask(__name__)


class Transcoder:
    def __init__(self, sample_rate: int = 48000, mp3_quality: int = 2) -> None:
        self.sample_rate = sample_rate
        self.mp3_quality = mp3_quality

    def _flac_command(self, src: Path, dst: Path, title: str) -> str:
        return f'ffmpeg -y -i "{src}" -ar {self.sample_rate} -metadata title="{title}" "{dst}"'

    def _mp3_command(self, src: Path, dst: Path, title: str) -> str:
        return f'ffmpeg -y -i "{src}" -q:a {self.mp3_quality} -metadata title="{title}" "{dst}"'

    @staticmethod
    def _run(command: str) -> None:
        log.info("running %s", command)
        subprocess.run(command, shell=True, check=True, timeout=600)

    def convert(self, src: Path, title: str) -> tuple[Path, Path]:
        ARCHIVE_ROOT.mkdir(parents=True, exist_ok=True)
        flac = ARCHIVE_ROOT / (src.stem + ".flac")
        mp3 = ARCHIVE_ROOT / (src.stem + ".mp3")
        self._run(self._flac_command(src, flac, title))
        self._run(self._mp3_command(src, mp3, title))
        return flac, mp3


@app.post("/recordings")
def upload_recording():
    upload = request.files.get("file")
    if upload is None or not upload.filename.lower().endswith(".wav"):
        abort(400, "a WAV file is required")
    name = secure_filename(upload.filename)
    UPLOAD_ROOT.mkdir(parents=True, exist_ok=True)
    src = UPLOAD_ROOT / name
    upload.save(src)
    title = request.form.get("title", src.stem)
    flac, mp3 = Transcoder().convert(src, title)
    return jsonify({"flac": flac.name, "mp3": mp3.name}), 201

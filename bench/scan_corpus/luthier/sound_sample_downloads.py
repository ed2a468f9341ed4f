"""Serve recorded sound samples of instruments.

Every finished instrument gets a few recordings (open strings, a scale,
a short excerpt) stored under SAMPLE_ROOT/<serial>/. The shop website
embeds players that fetch them from here.
"""
import mimetypes
import os

from flask import Flask, abort, jsonify, send_file

app = Flask(__name__)

SAMPLE_ROOT = os.environ.get("SAMPLE_ROOT", "/srv/luthier/samples")
AUDIO_EXTENSIONS = {".wav", ".flac", ".mp3", ".ogg"}


def sample_path(serial: str, filename: str) -> str:
    return os.path.join(SAMPLE_ROOT, serial, filename)


def list_samples(serial: str) -> list[str]:
    folder = os.path.join(SAMPLE_ROOT, serial)
    if not serial.isalnum() or not os.path.isdir(folder):
        return []
    return sorted(
        name for name in os.listdir(folder)
        if os.path.splitext(name)[1].lower() in AUDIO_EXTENSIONS
    )


@app.get("/samples/<serial>")
def index(serial: str):
    names = list_samples(serial)
    if not names:
        abort(404)
    return jsonify({"serial": serial, "samples": names})


@app.get("/samples/<serial>/<path:filename>")
def download(serial: str, filename: str):
    path = sample_path(serial, filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, conditional=True)

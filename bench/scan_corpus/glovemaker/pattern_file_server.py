"""Serve pattern files (DXF/PLT) to the cutting-room plotters and the CAD team.

Pattern files are organised as ``<PATTERN_ROOT>/<style>/<file>``; plotters
request them by style and file name when a cut ticket is started.
"""
import os
import re
from datetime import datetime

from flask import Flask, abort, jsonify, send_file

app = Flask(__name__)

PATTERN_ROOT = os.environ.get("PATTERN_ROOT", "/srv/glovemaker/patterns")
STYLE_CODE = re.compile(r"^[A-Z0-9]{2,8}(-[A-Z0-9]{1,4})?$")
MIME_TYPES = {
    ".dxf": "image/vnd.dxf",
    ".plt": "application/vnd.hp-hpgl",
    ".pdf": "application/pdf",
}


def _style_dir(style: str) -> str:
    code = style.upper()
    if not STYLE_CODE.match(code):
        abort(404)
    return os.path.join(PATTERN_ROOT, code)


@app.get("/patterns/<style>")
def list_pattern_files(style: str):
    folder = _style_dir(style)
    if not os.path.isdir(folder):
        abort(404)
    files = []
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.is_file():
            stat = entry.stat()
            files.append(
                {
                    "name": entry.name,
                    "bytes": stat.st_size,
                    "modified": datetime.fromtimestamp(stat.st_mtime).isoformat(),
                }
            )
    return jsonify({"style": style.upper(), "files": files})


@app.get("/patterns/<style>/<path:filename>")
def pattern_file(style: str, filename: str):
    path = os.path.join(_style_dir(style), filename)
    if not os.path.isfile(path):
        abort(404)
    ext = os.path.splitext(path)[1].lower()
    return send_file(path, mimetype=MIME_TYPES.get(ext, "application/octet-stream"))

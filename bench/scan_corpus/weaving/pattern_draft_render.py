"""Renders uploaded weaving drafts (SVG) to PNG previews for the pattern shop."""
from __future__ import annotations

import logging
import os
import subprocess
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("draft_render")

UPLOAD_DIR = Path(os.environ.get("DRAFT_UPLOAD_DIR", "/srv/weaving/drafts"))
PREVIEW_DIR = Path(os.environ.get("DRAFT_PREVIEW_DIR", "/srv/weaving/previews"))
INKSCAPE = os.environ.get("INKSCAPE_BIN", "inkscape")
MAX_BYTES = 4 * 1024 * 1024


def _export_command(source_name: str, target: Path, width: int) -> str:
    return (
        f"cd {UPLOAD_DIR} && {INKSCAPE} \"{source_name}\" "
        f"--export-type=png --export-width={width} --export-filename={target}"
    )


def render_preview(source_name: str, width: int = 800) -> Path:
    target = PREVIEW_DIR / f"{uuid.uuid4().hex}.png"
    cmd = _export_command(source_name, target, width)
    subprocess.run(cmd, shell=True, check=True, timeout=60)
    return target


@app.post("/drafts")
def upload_draft():
    upload = request.files.get("draft")
    if upload is None or not upload.filename.lower().endswith(".svg"):
        abort(400, "an .svg draft is required")
    data = upload.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        abort(413)
    name = os.path.basename(upload.filename)
    (UPLOAD_DIR / name).write_bytes(data)
    try:
        preview = render_preview(name, width=int(request.form.get("width", 800)))
    except subprocess.SubprocessError:
        log.exception("render failed for %s", name)
        abort(422, "could not render draft")
    return jsonify(draft=name, preview=preview.name), 201

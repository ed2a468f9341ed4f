"""Renders a preview video of a show design so clients can see it before booking."""
from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request, send_file

log = logging.getLogger(__name__)

app = Flask(__name__)
RENDER_ROOT = Path(os.environ.get("PREVIEW_RENDER_ROOT", "/srv/previews"))
DESIGN_ROOT = Path(os.environ.get("SHOW_DESIGN_ROOT", "/srv/designs"))
SIMULATOR = os.environ.get("PYRO_SIM_BIN", "pyrosim")


def _design_path(design_id: int) -> Path:
    path = DESIGN_ROOT / f"{design_id}.fwd"
    if not path.is_file():
        abort(404)
    return path


@app.post("/designs/<int:design_id>/preview")
def render_preview(design_id: int):
    design = _design_path(design_id)
    payload = request.get_json(force=True) or {}
    title = payload.get("title", "Show preview")
    camera = payload.get("camera", "audience")
    if camera not in {"audience", "aerial", "barge"}:
        abort(400, description="unknown camera position")
    render_id = uuid.uuid4().hex
    out_path = RENDER_ROOT / f"{render_id}.mp4"
    command = (
        f"{SIMULATOR} render {design} --camera {camera} "
        f"--title \"{title}\" --output {out_path}"
    )
    log.info("rendering preview %s for design %s", render_id, design_id)
    status = os.system(command)
    if status != 0 or not out_path.exists():
        abort(500, description="preview render failed")
    return jsonify({"render_id": render_id}), 201


@app.get("/previews/<render_id>")
def get_preview(render_id: str):
    try:
        uuid.UUID(hex=render_id)
    except ValueError:
        abort(404)
    path = RENDER_ROOT / f"{render_id}.mp4"
    if not path.exists():
        abort(404)
    return send_file(path, mimetype="video/mp4")

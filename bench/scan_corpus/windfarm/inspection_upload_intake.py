"""Accepts blade-inspection photos uploaded from the drone operator's laptop."""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 200 * 1024 * 1024

INTAKE_ROOT = Path(os.environ.get("INSPECTION_INTAKE_ROOT", "/srv/inspection-intake"))
TURBINE_ID = re.compile(r"^WTG-[A-Z]\d{2}$")
PHOTO_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}\.(jpe?g|png|tiff?)$", re.IGNORECASE)


class IntakeFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def for_turbine(self, turbine_id: str) -> Path:
        if not TURBINE_ID.fullmatch(turbine_id):
            abort(400, "unknown turbine id format")
        folder = self.root / turbine_id
        folder.mkdir(parents=True, exist_ok=True)
        return folder


def stored_name(original: str) -> str:
    if not PHOTO_NAME.fullmatch(original):
        abort(400, "unsupported file name")
    stem, ext = original.rsplit(".", 1)
    return f"{uuid.uuid4().hex}_{stem}.{ext.lower()}"


@app.post("/intake/<turbine_id>")
def receive(turbine_id: str):
    folder = IntakeFolder(INTAKE_ROOT).for_turbine(turbine_id)
    saved = []
    for upload in request.files.getlist("photos"):
        target = folder / stored_name(upload.filename or "")
        upload.save(target)
        saved.append(target.name)
    return jsonify(turbine=turbine_id, stored=saved), 201

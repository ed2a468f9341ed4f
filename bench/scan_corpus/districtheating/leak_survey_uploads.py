"""Acoustic leak survey recordings uploaded by pipe inspection crews, and their retrieval."""
from __future__ import annotations

import uuid
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_from_directory
from werkzeug.utils import secure_filename

bp = Blueprint("surveys", __name__, url_prefix="/surveys")


class SurveyStorage:
    allowed = {".wav", ".flac", ".json"}

    def __init__(self, root: Path) -> None:
        self.root = root

    def campaign_dir(self, campaign: str) -> Path:
        folder = self.root / secure_filename(campaign)
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def stored_name(self, original: str) -> str:
        cleaned = secure_filename(original)
        suffix = Path(cleaned).suffix.lower()
        if suffix not in self.allowed:
            raise ValueError(suffix)
        return f"{uuid.uuid4().hex}{suffix}"


def _storage() -> SurveyStorage:
    return SurveyStorage(Path(current_app.config["LEAK_SURVEY_ROOT"]))


@bp.post("/<campaign>/recordings")
def upload_recording(campaign: str):
    file = request.files.get("recording")
    if file is None or not file.filename:
        abort(400)
    storage = _storage()
    try:
        name = storage.stored_name(file.filename)
    except ValueError:
        abort(415)
    file.save(storage.campaign_dir(campaign) / name)
    return jsonify({"campaign": campaign, "recording": name}), 201


@bp.get("/<campaign>/recordings/<path:name>")
def fetch_recording(campaign: str, name: str):
    storage = _storage()
    return send_from_directory(storage.campaign_dir(campaign), name, as_attachment=True)

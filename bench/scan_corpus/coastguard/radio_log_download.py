"""Download endpoint for recorded VHF radio log segments attached to incidents."""
import os
import uuid
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import login_required

bp = Blueprint("radio_logs", __name__, url_prefix="/incidents")

RADIO_LOG_ROOT = Path(os.environ.get("RADIO_LOG_ROOT", "/srv/rcc/radio-logs")).resolve()


def _resolve_segment(incident_id: uuid.UUID, filename: str) -> Path:
    incident_dir = (RADIO_LOG_ROOT / str(incident_id)).resolve()
    candidate = (incident_dir / filename).resolve()
    if not candidate.is_relative_to(incident_dir) or not candidate.is_file():
        abort(404)
    return candidate


@bp.get("/<uuid:incident_id>/radio/<path:filename>")
@login_required
def download_segment(incident_id: uuid.UUID, filename: str):
    path = _resolve_segment(incident_id, filename)
    return send_file(path, mimetype="audio/wav", as_attachment=True, download_name=path.name)

"""Attachments (isolation certificates, gas test sheets) for safety permits."""
from __future__ import annotations

import os
from datetime import datetime, timezone

from flask import Blueprint, Flask, abort, current_app, jsonify, request, send_file


class AttachmentConfig:
    PERMIT_ATTACHMENT_ROOT = "/srv/permits/attachments"
    MAX_CONTENT_LENGTH = 20 * 1024 * 1024
    ALLOWED_KINDS = ("isolation", "gas-test", "method-statement", "photo")


bp = Blueprint("permit_attachments", __name__, url_prefix="/permits")


def _permit_dir(permit_no: str) -> str:
    return os.path.join(current_app.config["PERMIT_ATTACHMENT_ROOT"], permit_no)


@bp.get("/<permit_no>/attachments")
def list_attachments(permit_no: str):
    folder = _permit_dir(permit_no)
    if not os.path.isdir(folder):
        abort(404)
    entries = []
    for name in sorted(os.listdir(folder)):
        stat = os.stat(os.path.join(folder, name))
        entries.append(
            {
                "name": name,
                "bytes": stat.st_size,
                "modified": datetime.fromtimestamp(stat.st_mtime, timezone.utc).isoformat(),
            }
        )
    return jsonify(entries)


@bp.get("/<permit_no>/attachments/file")
def download_attachment(permit_no: str):
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = os.path.join(_permit_dir(permit_no), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(AttachmentConfig)
    app.register_blueprint(bp)
    return app

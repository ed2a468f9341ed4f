"""Size charts and artwork proofs attached to club kit orders, served to the kit secretary."""
from __future__ import annotations

import mimetypes
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file, session

kit_bp = Blueprint("kit", __name__, url_prefix="/kit")


class AttachmentFolder:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def resolve(self, order_id: int, name: str) -> Path:
        base = (self.root / f"order-{order_id}").resolve()
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(name)
        return candidate

    def names(self, order_id: int) -> list[str]:
        base = self.root / f"order-{order_id}"
        return sorted(p.name for p in base.iterdir() if p.is_file()) if base.is_dir() else []


def folder() -> AttachmentFolder:
    return AttachmentFolder(Path(current_app.config["KIT_ATTACHMENTS_DIR"]))


def require_kit_secretary() -> None:
    if session.get("role") not in {"kit_secretary", "treasurer"}:
        abort(403)


@kit_bp.get("/orders/<int:order_id>/attachments")
def list_attachments(order_id: int):
    require_kit_secretary()
    return jsonify(folder().names(order_id))


@kit_bp.get("/orders/<int:order_id>/attachments/file")
def get_attachment(order_id: int):
    require_kit_secretary()
    try:
        path = folder().resolve(order_id, request.args.get("name", ""))
    except PermissionError:
        abort(400)
    if not path.is_file():
        abort(404)
    mimetype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return send_file(path, mimetype=mimetype, download_name=path.name)


@kit_bp.delete("/orders/<int:order_id>/attachments/file")
def delete_attachment(order_id: int):
    require_kit_secretary()
    try:
        path = folder().resolve(order_id, request.args.get("name", ""))
    except PermissionError:
        abort(400)
    if not path.is_file():
        abort(404)
    path.unlink()
    return jsonify(status="deleted")

"""Stores and serves supplementary artwork customers attach to an order."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file

from .auth import login_required, current_customer
from .orders import order_belongs_to

bp = Blueprint("artwork", __name__, url_prefix="/orders/<int:order_id>/artwork")

ALLOWED_EXTENSIONS = {".pdf", ".tif", ".tiff", ".png", ".jpg", ".svg"}


class ArtworkStore:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def resolve(self, order_id: int, name: str) -> Path:
        order_dir = (self.root / str(order_id)).resolve()
        candidate = (order_dir / name).resolve()
        if not candidate.is_relative_to(order_dir):
            raise PermissionError(name)
        return candidate

    def save(self, order_id: int, upload) -> Path:
        name = Path(upload.filename or "").name
        if not name or Path(name).suffix.lower() not in ALLOWED_EXTENSIONS:
            raise ValueError("unsupported artwork file")
        target = self.resolve(order_id, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        upload.save(target)
        return target


def _store() -> ArtworkStore:
    return ArtworkStore(Path(current_app.config["ARTWORK_ROOT"]))


@bp.post("/")
@login_required
def upload(order_id: int):
    if not order_belongs_to(order_id, current_customer().id):
        abort(404)
    try:
        saved = _store().save(order_id, request.files["file"])
    except (KeyError, ValueError):
        abort(400)
    return {"stored": saved.name}, 201


@bp.get("/<path:name>")
@login_required
def fetch(order_id: int, name: str):
    if not order_belongs_to(order_id, current_customer().id):
        abort(404)
    try:
        path = _store().resolve(order_id, name)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, as_attachment=True)

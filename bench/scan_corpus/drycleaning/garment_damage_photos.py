"""Serves the pre-clean damage photos taken at the tagging bench to customers and staff."""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

bp = Blueprint("damage_photos", __name__, url_prefix="/orders")


class PhotoLocator:
    allowed_suffixes = {".jpg", ".jpeg", ".png", ".webp"}

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def order_dir(self, order_ref: str) -> Path:
        return self.root / order_ref[:4] / order_ref

    def locate(self, order_ref: str, filename: str) -> Path | None:
        candidate = (self.order_dir(order_ref) / filename).resolve()
        if not candidate.is_relative_to(self.root):
            return None
        if candidate.suffix.lower() not in self.allowed_suffixes or not candidate.is_file():
            return None
        return candidate


def locator() -> PhotoLocator:
    return PhotoLocator(Path(current_app.config["DAMAGE_PHOTO_ROOT"]))


@bp.get("/<order_ref>/damage/<path:filename>")
def damage_photo(order_ref: str, filename: str):
    from laundry.auth import can_view_order

    if not can_view_order(order_ref):
        abort(403)
    path = locator().locate(order_ref, filename)
    if path is None:
        abort(404)
    return send_file(path, max_age=3600)


@bp.get("/<order_ref>/damage")
def damage_index(order_ref: str):
    from laundry.auth import can_view_order

    if not can_view_order(order_ref):
        abort(403)
    folder = locator().order_dir(order_ref).resolve()
    if not folder.is_relative_to(locator().root) or not folder.is_dir():
        return {"photos": []}
    return {"photos": sorted(p.name for p in folder.iterdir() if p.suffix.lower() in PhotoLocator.allowed_suffixes)}

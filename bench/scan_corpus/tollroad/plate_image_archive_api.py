"""Internal API for retrieving archived plate images for violation review."""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, current_app, g, request, send_file

bp = Blueprint("plate_images", __name__, url_prefix="/review")

IMAGE_ROOT_KEY = "PLATE_IMAGE_ROOT"


def require_reviewer(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if not getattr(g, "user", None) or "violation_reviewer" not in g.user.roles:
            abort(403)
        return view(*args, **kwargs)

    return wrapper


class ImageLocator:
    def __init__(self, root: str) -> None:
        self.root = root

    def day_folder(self, plaza: str, capture_day: str) -> str:
        return os.path.join(self.root, plaza, capture_day)

    def locate(self, plaza: str, capture_day: str, image_name: str) -> str:
        return os.path.join(self.day_folder(plaza, capture_day), image_name)


def _locator() -> ImageLocator:
    return ImageLocator(current_app.config[IMAGE_ROOT_KEY])


@bp.get("/images")
@require_reviewer
def get_plate_image():
    plaza = request.args.get("plaza", "")
    day = request.args.get("day", "")
    name = request.args.get("img", "")
    if not (plaza and day and name):
        abort(400)
    path = _locator().locate(plaza, day, name)
    if not os.path.isfile(path):
        abort(404)
    current_app.logger.info("reviewer %s opened %s", g.user.id, name)
    return send_file(path, mimetype="image/jpeg", max_age=0)


@bp.get("/images/index")
@require_reviewer
def list_day():
    plaza = request.args.get("plaza", "")
    day = request.args.get("day", "")
    if not plaza.isalnum() or not day.isdigit():
        abort(400)
    folder = _locator().day_folder(plaza, day)
    return {"images": sorted(os.listdir(folder)) if os.path.isdir(folder) else []}

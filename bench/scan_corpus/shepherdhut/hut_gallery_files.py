"""Serves resized gallery images for each hut listing."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_from_directory

from .models import Hut

bp = Blueprint("gallery", __name__, url_prefix="/gallery")

SIZES = {"thumb": 320, "card": 800, "full": 1920}


def gallery_dir(hut: Hut, size: str) -> str:
    return os.path.join(current_app.config["GALLERY_ROOT"], f"hut-{hut.id}", size)


@bp.get("/<slug>/<size>/<path:image_name>")
def gallery_image(slug: str, size: str, image_name: str):
    if size not in SIZES:
        abort(404)
    hut = Hut.query.filter_by(slug=slug, is_listed=True).first()
    if hut is None:
        abort(404)
    return send_from_directory(
        gallery_dir(hut, size),
        image_name,
        max_age=86400,
        conditional=True,
    )


@bp.get("/<slug>/index.json")
def gallery_index(slug: str):
    hut = Hut.query.filter_by(slug=slug, is_listed=True).first()
    if hut is None:
        abort(404)
    folder = gallery_dir(hut, "card")
    try:
        names = sorted(n for n in os.listdir(folder) if n.lower().endswith((".jpg", ".webp")))
    except FileNotFoundError:
        names = []
    return {
        "hut": hut.slug,
        "images": [
            {"name": n, "sizes": {k: f"/gallery/{hut.slug}/{k}/{n}" for k in SIZES}} for n in names
        ],
    }

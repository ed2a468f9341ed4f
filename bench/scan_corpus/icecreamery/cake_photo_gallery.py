"""Serves reference photos customers attach to custom cake orders."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, abort, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)


@dataclass
class PhotoStorage:
    root: str = os.environ.get("CAKE_PHOTO_ROOT", "/srv/cake-photos")
    allowed_ext: tuple[str, ...] = (".jpg", ".jpeg", ".png", ".webp")

    def order_dir(self, order_id: int) -> str:
        return os.path.join(self.root, f"order-{order_id:08d}")

    def path_for(self, order_id: int, filename: str) -> str:
        return os.path.join(self.order_dir(order_id), filename)

    def save(self, order_id: int, filename: str, data: bytes) -> str:
        name = secure_filename(filename)
        if not name.lower().endswith(self.allowed_ext):
            raise ValueError("unsupported image type")
        os.makedirs(self.order_dir(order_id), exist_ok=True)
        target = os.path.join(self.order_dir(order_id), name)
        with open(target, "wb") as fh:
            fh.write(data)
        return name


storage = PhotoStorage()


@app.get("/orders/<int:order_id>/photos/<path:filename>")
def get_photo(order_id: int, filename: str):
    path = storage.path_for(order_id, filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, conditional=True)

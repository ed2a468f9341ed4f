"""Serves signed proof-of-delivery notes captured on the van handsets.

Drivers photograph the signed delivery note at each store; the images are
stored per route and downloaded by the credit control team.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)


class PodStore:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def resolve(self, route_id: str, filename: str) -> Path:
        candidate = (self.root / route_id / filename).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError("outside proof-of-delivery store")
        return candidate


store = PodStore(os.environ.get("POD_STORE", "/srv/pod"))


@app.get("/pod/<route_id>/<path:filename>")
def proof_of_delivery(route_id: str, filename: str):
    try:
        path = store.resolve(route_id, filename)
    except PermissionError:
        abort(404)
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="image/jpeg")


@app.get("/pod/<route_id>/")
def list_route(route_id: str):
    try:
        folder = store.resolve(route_id, ".")
    except PermissionError:
        abort(404)
    if not folder.is_dir():
        abort(404)
    return {"route": route_id, "notes": sorted(p.name for p in folder.glob("*.jpg"))}

"""Serves progress photos of bespoke hats to customers following their order."""
from __future__ import annotations

import mimetypes
import os

from flask import Flask, Response, abort, request


class PhotoStorageConfig:
    root = "/srv/milliner/proofs"
    default_ext = ".jpg"
    cache_seconds = 3600


class ProofLibrary:
    def __init__(self, config: type[PhotoStorageConfig] = PhotoStorageConfig) -> None:
        self.config = config

    def order_dir(self, order_ref: str) -> str:
        return os.path.join(self.config.root, order_ref.upper())

    def locate(self, order_ref: str, filename: str) -> str:
        if not os.path.splitext(filename)[1]:
            filename += self.config.default_ext
        return os.path.join(self.order_dir(order_ref), filename)

    def listing(self, order_ref: str) -> list[str]:
        folder = self.order_dir(order_ref)
        return sorted(os.listdir(folder)) if os.path.isdir(folder) else []


app = Flask(__name__)
library = ProofLibrary()


@app.get("/orders/<order_ref>/proofs")
def proof_index(order_ref: str):
    return {"order": order_ref, "photos": library.listing(order_ref)}


@app.get("/orders/<order_ref>/proof")
def proof_photo(order_ref: str):
    name = request.args.get("name", "")
    if not name:
        abort(400)
    path = library.locate(order_ref, name)
    if not os.path.isfile(path):
        abort(404)
    with open(path, "rb") as fh:
        data = fh.read()
    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
    resp = Response(data, mimetype=mime)
    resp.headers["Cache-Control"] = f"private, max-age={library.config.cache_seconds}"
    return resp

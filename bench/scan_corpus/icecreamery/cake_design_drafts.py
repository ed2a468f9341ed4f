"""Saves half-finished custom cake designs so customers can resume later."""
from __future__ import annotations

import base64
import pickle
import zlib
from dataclasses import dataclass, field

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)


@dataclass
class CakeDesign:
    size_cm: int = 20
    base_flavour: str = "vanilla"
    layers: list[str] = field(default_factory=list)
    message: str = ""
    toppings: list[str] = field(default_factory=list)


class DraftCodec:
    serializer = pickle
    cookie_name = "cake_draft"

    def dumps(self, design: CakeDesign) -> str:
        return base64.urlsafe_b64encode(zlib.compress(self.serializer.dumps(design))).decode()

    def loads(self, blob: str) -> CakeDesign:
        return self.serializer.loads(zlib.decompress(base64.urlsafe_b64decode(blob)))


codec = DraftCodec()


@app.post("/cakes/draft")
def save_draft():
    body = request.get_json(force=True)
    design = CakeDesign(
        size_cm=int(body.get("size_cm", 20)),
        base_flavour=str(body.get("base_flavour", "vanilla")),
        layers=[str(x) for x in body.get("layers", [])][:4],
        message=str(body.get("message", ""))[:40],
        toppings=[str(x) for x in body.get("toppings", [])][:8],
    )
    resp = make_response(jsonify(saved=True))
    resp.set_cookie(codec.cookie_name, codec.dumps(design), max_age=7 * 86400,
                    secure=True, httponly=True, samesite="Lax")
    return resp


@app.get("/cakes/draft")
def load_draft():
    blob = request.cookies.get(codec.cookie_name)
    if not blob:
        return jsonify(design=None)
    design = codec.loads(blob)
    return jsonify(design=design.__dict__)

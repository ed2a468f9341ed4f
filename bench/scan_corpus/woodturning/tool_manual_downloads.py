"""Let web-shop customers download manuals for the lathes and chucks they bought."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, jsonify, send_file, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_HTTPONLY"] = True

MANUALS_ROOT = Path(os.environ.get("MANUALS_ROOT", "/srv/woodturning/manuals")).resolve()


def _customer_id() -> int:
    cid = session.get("customer_id")
    if cid is None:
        abort(401)
    return int(cid)


def resolve_manual(requested: str) -> Path:
    candidate = (MANUALS_ROOT / requested).resolve()
    if not candidate.is_relative_to(MANUALS_ROOT):
        abort(404)
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        abort(404)
    return candidate


def owned_products(customer_id: int) -> set[str]:
    from shop.models import purchased_skus

    return set(purchased_skus(customer_id))


@app.get("/account/manuals")
def list_manuals():
    skus = owned_products(_customer_id())
    available = []
    for sku in sorted(skus):
        folder = MANUALS_ROOT / sku
        if folder.is_dir():
            available.extend(f"{sku}/{p.name}" for p in folder.glob("*.pdf"))
    return jsonify(manuals=available)


@app.get("/account/manuals/<path:name>")
def download_manual(name: str):
    customer = _customer_id()
    path = resolve_manual(name)
    sku = path.relative_to(MANUALS_ROOT).parts[0]
    if sku not in owned_products(customer):
        abort(403)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)

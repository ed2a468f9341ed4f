"""Lets customers download the engraving files (SVG/DXF) produced for their commission."""

from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, g, request, send_file, session

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["FLASK_SECRET_KEY"],
    ENGRAVING_ROOT=os.environ.get("ENGRAVING_ROOT", "/srv/sundialmaker/engravings"),
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)

ALLOWED_SUFFIXES = {".svg", ".dxf", ".pdf"}
MIMETYPES = {".svg": "image/svg+xml", ".dxf": "image/vnd.dxf", ".pdf": "application/pdf"}


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        customer_id = session.get("customer_id")
        if customer_id is None:
            abort(401)
        g.customer_id = customer_id
        return view(*args, **kwargs)

    return wrapper


class EngravingStore:
    def __init__(self, root: str):
        self.root = root

    def commission_dir(self, commission_id: int) -> str:
        return os.path.join(self.root, str(commission_id))

    def send(self, commission_id: int, filename: str):
        suffix = os.path.splitext(filename)[1].lower()
        if suffix not in ALLOWED_SUFFIXES:
            abort(404)
        return send_file(os.path.join(self.commission_dir(commission_id), filename),
                         mimetype=MIMETYPES[suffix], as_attachment=True)


def _owns_commission(customer_id: int, commission_id: int) -> bool:
    owned = session.get("commission_ids", [])
    return commission_id in owned


@app.get("/commissions/<int:commission_id>/engraving")
@login_required
def download_engraving(commission_id: int):
    if not _owns_commission(g.customer_id, commission_id):
        abort(403)
    filename = request.args.get("file", "")
    if not filename:
        abort(400)
    store = EngravingStore(app.config["ENGRAVING_ROOT"])
    return store.send(commission_id, filename)

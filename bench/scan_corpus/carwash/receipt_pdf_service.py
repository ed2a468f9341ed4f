"""Blueprint that lets members fetch PDF copies of their wash receipts."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, current_app, g, send_from_directory

receipts = Blueprint("receipts", __name__, url_prefix="/members/receipts")


def member_receipt_dir() -> str:
    root = Path(current_app.config["RECEIPT_ROOT"])
    return str(root / f"member_{int(g.member_id)}")


@receipts.before_request
def require_member():
    if getattr(g, "member_id", None) is None:
        abort(401)


@receipts.get("/")
def index():
    folder = member_receipt_dir()
    if not os.path.isdir(folder):
        return {"receipts": []}
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))
    return {"receipts": names}


@receipts.get("/<path:filename>")
def download(filename: str):
    if not filename.endswith(".pdf"):
        abort(404)
    return send_from_directory(
        member_receipt_dir(),
        filename,
        mimetype="application/pdf",
        as_attachment=True,
        max_age=0,
    )


def register(app) -> None:
    app.config.setdefault("RECEIPT_ROOT", os.environ.get("RECEIPT_ROOT", "/srv/carwash/receipts"))
    app.register_blueprint(receipts)

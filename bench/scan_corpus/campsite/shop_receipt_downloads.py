"""Guest-portal endpoint that lets guests download PDF receipts for shop and bar purchases."""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, g, send_file

receipts_bp = Blueprint("receipts", __name__, url_prefix="/portal/receipts")

RECEIPT_ROOT = os.environ.get("RECEIPT_ROOT", "/srv/parkshop/receipts")


def guest_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if getattr(g, "guest", None) is None:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


def _guest_folder(guest_id: int) -> str:
    return os.path.join(RECEIPT_ROOT, f"guest_{guest_id:07d}")


def _receipt_location(guest_id: int, receipt_name: str) -> str:
    if not receipt_name.lower().endswith(".pdf"):
        receipt_name = f"{receipt_name}.pdf"
    return os.path.join(_guest_folder(guest_id), receipt_name)


@receipts_bp.get("/")
@guest_required
def list_receipts():
    folder = _guest_folder(g.guest.id)
    if not os.path.isdir(folder):
        return {"receipts": []}
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf"))
    return {"receipts": names}


@receipts_bp.get("/<path:receipt_name>")
@guest_required
def download_receipt(receipt_name: str):
    location = _receipt_location(g.guest.id, receipt_name)
    if not os.path.isfile(location):
        abort(404)
    return send_file(
        location,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=os.path.basename(location),
    )

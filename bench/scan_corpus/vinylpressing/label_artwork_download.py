"""Portal endpoints for downloading centre-label artwork proofs."""
from __future__ import annotations

import os

from flask import Blueprint, abort, g, jsonify, request, send_file

bp = Blueprint("artwork", __name__, url_prefix="/portal/artwork")

ARTWORK_ROOT = os.environ.get("ARTWORK_ROOT", "/srv/artwork")


def _order_dir(order_id: int) -> str:
    return os.path.join(ARTWORK_ROOT, "orders", str(order_id))


def _owns_order(order_id: int) -> bool:
    from .orders import label_for_order

    return label_for_order(order_id) == g.current_label_id


@bp.get("/<int:order_id>")
def list_artwork(order_id: int):
    if not _owns_order(order_id):
        abort(404)
    directory = _order_dir(order_id)
    if not os.path.isdir(directory):
        return jsonify({"files": []})
    files = sorted(
        name for name in os.listdir(directory)
        if name.lower().endswith((".pdf", ".tif", ".png"))
    )
    return jsonify({"files": files})


@bp.get("/<int:order_id>/download")
def download_artwork(order_id: int):
    if not _owns_order(order_id):
        abort(404)
    name = request.args.get("file", "")
    if not name:
        abort(400)
    path = os.path.join(_order_dir(order_id), name)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, as_attachment=True, download_name=os.path.basename(path))


@bp.get("/<int:order_id>/proof-status")
def proof_status(order_id: int):
    if not _owns_order(order_id):
        abort(404)
    from .orders import proof_state

    return jsonify(proof_state(order_id))

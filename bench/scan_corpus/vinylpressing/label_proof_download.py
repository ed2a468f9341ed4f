"""Portal endpoints for downloading printed label proofs (PDF)."""
from __future__ import annotations

import os

from flask import Blueprint, abort, g, jsonify, request, send_from_directory

bp = Blueprint("proofs", __name__, url_prefix="/portal/proofs")

PROOF_ROOT = os.environ.get("PROOF_ROOT", "/srv/proofs")


def _order_dir(order_id: int) -> str:
    return os.path.join(PROOF_ROOT, "orders", str(order_id))


def _owns_order(order_id: int) -> bool:
    from .orders import label_for_order

    return label_for_order(order_id) == g.current_label_id


@bp.get("/<int:order_id>")
def list_proofs(order_id: int):
    if not _owns_order(order_id):
        abort(404)
    directory = _order_dir(order_id)
    if not os.path.isdir(directory):
        return jsonify({"files": []})
    return jsonify({"files": sorted(n for n in os.listdir(directory) if n.endswith(".pdf"))})


@bp.get("/<int:order_id>/download")
def download_proof(order_id: int):
    if not _owns_order(order_id):
        abort(404)
    name = request.args.get("file", "")
    if not name.endswith(".pdf"):
        abort(400)
    return send_from_directory(_order_dir(order_id), name, as_attachment=True)


@bp.post("/<int:order_id>/approve")
def approve_proof(order_id: int):
    if not _owns_order(order_id):
        abort(404)
    from .orders import record_proof_decision

    comment = (request.get_json(silent=True) or {}).get("comment", "")
    record_proof_decision(order_id, approved=True, comment=str(comment)[:1000])
    return jsonify({"ok": True})

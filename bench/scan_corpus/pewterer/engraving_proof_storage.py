"""File storage for engraving proofs uploaded by the studio and reviewed by customers."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, jsonify, request, send_file
from flask_login import login_required

from pewterer.engraving.models import EngravingOrder
from pewterer.settings import PROOF_ROOT

log = logging.getLogger(__name__)
bp = Blueprint("proof_storage", __name__)


class ProofStore:
    def __init__(self, root: str | Path = PROOF_ROOT) -> None:
        self.root = Path(root).resolve()

    def order_dir(self, order: EngravingOrder) -> Path:
        return self.root / f"order-{order.id:06d}"

    def locate(self, order: EngravingOrder, name: str) -> Path:
        base = self.order_dir(order).resolve()
        candidate = (base / name).resolve()
        if not candidate.is_relative_to(base) or not candidate.is_file():
            raise FileNotFoundError(name)
        return candidate

    def discard(self, order: EngravingOrder, name: str) -> None:
        self.locate(order, name).unlink()
        log.info("discarded proof %s for order %s", name, order.id)


store = ProofStore()


@bp.get("/studio/orders/<int:order_id>/proofs/<name>")
@login_required
def fetch_proof(order_id: int, name: str):
    order = EngravingOrder.query.get_or_404(order_id)
    try:
        return send_file(store.locate(order, name))
    except FileNotFoundError:
        abort(404)


@bp.delete("/studio/orders/<int:order_id>/proofs")
@login_required
def discard_proofs(order_id: int):
    order = EngravingOrder.query.get_or_404(order_id)
    removed = []
    for name in request.get_json(force=True).get("files", []):
        try:
            store.discard(order, name)
            removed.append(name)
        except FileNotFoundError:
            continue
    return jsonify(removed=removed)

"""Housekeeping for customer-supplied artwork attached to trophy engraving orders."""
from __future__ import annotations

import logging
from pathlib import Path

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from pewterer.engraving.models import EngravingOrder
from pewterer.settings import ARTWORK_ROOT

log = logging.getLogger(__name__)
bp = Blueprint("artwork", __name__)


class ArtworkStore:
    def __init__(self, root: str | Path = ARTWORK_ROOT) -> None:
        self.root = Path(root)

    def order_dir(self, order: EngravingOrder) -> Path:
        return self.root / f"order-{order.id:06d}"

    def files(self, order: EngravingOrder) -> list[str]:
        folder = self.order_dir(order)
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []

    def remove(self, order: EngravingOrder, name: str) -> bool:
        target = self.order_dir(order) / name
        if not target.is_file():
            return False
        target.unlink()
        log.info("removed artwork %s from order %s", name, order.id)
        return True


store = ArtworkStore()


@bp.delete("/orders/<int:order_id>/artwork")
@login_required
def delete_artwork(order_id: int):
    order = EngravingOrder.query.get_or_404(order_id)
    if order.customer_id != current_user.id:
        abort(403)
    payload = request.get_json(force=True)
    removed = [name for name in payload.get("files", []) if store.remove(order, name)]
    return jsonify(removed=removed, remaining=store.files(order))

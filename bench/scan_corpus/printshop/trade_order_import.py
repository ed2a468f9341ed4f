"""Bulk order intake for trade partners using the legacy Python SDK.

printshop-trade-sdk < 2.0 posts orders serialised with jsonpickle so that the
nested Order/LineItem/Address objects survive the round trip. The 2.x SDK
posts plain JSON to /trade/v2/orders instead.
"""
import logging

import jsonpickle
from flask import Blueprint, g, jsonify, request

from printshop.api.trade_auth import trade_login_required
from printshop.orders import OrderService

log = logging.getLogger(__name__)
bp = Blueprint("trade_v1_orders", __name__, url_prefix="/trade/v1")


def _load_batch(raw: str) -> list:
    batch = jsonpickle.decode(raw)
    if not isinstance(batch, list):
        batch = [batch]
    return batch


@bp.post("/orders/batch")
@trade_login_required
def import_batch():
    orders = _load_batch(request.get_data(as_text=True))
    service = OrderService(customer_id=g.trade_customer.id)
    created, rejected = [], []
    for order in orders:
        try:
            created.append(service.create_from_legacy(order).reference)
        except ValueError as exc:
            rejected.append({"ref": getattr(order, "reference", None), "error": str(exc)})
    log.info(
        "trade batch from customer %s: %d created, %d rejected",
        g.trade_customer.id, len(created), len(rejected),
    )
    return jsonify(created=created, rejected=rejected), 207 if rejected else 201

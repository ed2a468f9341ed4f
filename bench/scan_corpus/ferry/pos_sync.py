"""Shore-side sync endpoint for the onboard point-of-sale terminals.

While a vessel is in port, each till uploads its closed baskets so that the
shop, bar and restaurant takings can be reconciled against card settlements.
"""
import logging
from decimal import Decimal

import jsonpickle
from flask import Blueprint, abort, jsonify, request

from pos.auth import require_till_certificate
from pos.ledger import record_basket

log = logging.getLogger(__name__)
bp = Blueprint("pos_sync", __name__, url_prefix="/pos")

MAX_BATCH = 500


def _decode_batch(raw: str):
    return jsonpickle.decode(raw)


@bp.route("/tills/<till_id>/baskets", methods=["POST"])
@require_till_certificate
def upload_baskets(till_id: str):
    if request.content_length and request.content_length > 5 * 1024 * 1024:
        abort(413)
    batch = _decode_batch(request.get_data(as_text=True))
    if not isinstance(batch, list) or len(batch) > MAX_BATCH:
        abort(400, "expected a list of at most %d baskets" % MAX_BATCH)

    accepted, total = 0, Decimal("0")
    for basket in batch:
        try:
            record_basket(till_id=till_id, basket=basket)
        except ValueError as exc:
            log.warning("till %s basket rejected: %s", till_id, exc)
            continue
        accepted += 1
        total += Decimal(str(basket.get("total", "0")))

    log.info("till %s synced %d/%d baskets, takings %s", till_id, accepted, len(batch), total)
    return jsonify({"accepted": accepted, "received": len(batch)})

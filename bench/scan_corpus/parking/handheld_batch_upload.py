"""Receive offline citation batches from enforcement handhelds."""
import jsonpickle
from flask import Blueprint, jsonify, request

from enforcement.auth import require_device
from enforcement.citations import CitationBatch, store_batch

bp = Blueprint("handheld_batches", __name__, url_prefix="/api/handheld")


@bp.post("/batches")
@require_device
def upload_batch():
    batch = jsonpickle.decode(request.get_data(as_text=True))
    if not isinstance(batch, CitationBatch):
        return jsonify(error="unexpected payload"), 400
    stored = store_batch(batch)
    return jsonify(accepted=stored.count, batch_id=stored.id), 201

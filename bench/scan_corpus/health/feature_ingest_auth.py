"""Authenticates streaming producers that push vitals into the online feature store."""
import hashlib
import hmac
import logging
import os

from flask import Blueprint, abort, jsonify, request

from .online_store import write_vitals

bp = Blueprint("ingest", __name__, url_prefix="/ingest")
log = logging.getLogger(__name__)

JSON_TYPES = ("application/json", "application/json; charset=utf-8")


def _producer_keys() -> dict[str, str]:
    # PRODUCER_KEYS="bedside-gw=<hex sha256 of key>,icu-gw=<...>"
    pairs = (item.split("=", 1) for item in os.environ["PRODUCER_KEYS"].split(",") if item)
    return {name.strip(): digest.strip() for name, digest in pairs}


def _authenticate() -> str:
    producer = request.headers.get("X-Producer-Id", "")
    presented = request.headers.get("X-Api-Key", "")
    stored = _producer_keys().get(producer)
    if stored is None:
        abort(401)
    presented_digest = hashlib.sha256(presented.encode("utf-8")).hexdigest()
    if not hmac.compare_digest(presented_digest, stored):
        abort(401)
    return producer


@bp.post("/vitals")
def ingest_vitals():
    producer = _authenticate()
    if request.content_type not in JSON_TYPES:
        abort(415)
    records = request.get_json()
    if request.headers.get("X-Batch") == "1":
        written = sum(write_vitals(r, source=producer) for r in records)
    else:
        written = write_vitals(records, source=producer)
    log.info("producer %s wrote %d vitals", producer, written)
    return jsonify(written=written), 202

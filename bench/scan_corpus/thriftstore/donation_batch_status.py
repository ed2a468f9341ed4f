"""Status API for donation bag batches moving from shop to sorting centre.

Collections drivers and sorting-centre staff poll this endpoint; responses
carry an ETag so the handheld scanners can use conditional requests.
"""
from __future__ import annotations

import hashlib
import json
import os

from flask import Flask, Response, abort, jsonify, request
from sqlalchemy import create_engine, text

from .auth import require_staff

app = Flask(__name__)
engine = create_engine(os.environ["LOGISTICS_DB_URL"], pool_pre_ping=True)

TERMINAL_STATES = ("sorted", "ragged", "cancelled")


def _batch_etag(batch: dict) -> str:
    blob = json.dumps(batch, sort_keys=True, default=str).encode("utf-8")
    return '"' + hashlib.sha256(blob).hexdigest()[:32] + '"'


def load_batch(batch_ref: str) -> dict | None:
    with engine.connect() as conn:
        row = conn.execute(
            text(
                "SELECT batch_ref, origin_shop, bag_count, status, updated_at "
                "FROM donation_batches WHERE batch_ref = :ref"
            ),
            {"ref": batch_ref},
        ).first()
    return dict(row._mapping) if row else None


@app.get("/batches/<batch_ref>")
def batch_status(batch_ref: str):
    batch = load_batch(batch_ref)
    if batch is None:
        abort(404)
    etag = _batch_etag(batch)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    resp = jsonify(batch)
    resp.headers["ETag"] = etag
    resp.headers["Cache-Control"] = "private, max-age=30"
    return resp


@app.post("/batches/<batch_ref>/status")
@require_staff
def update_status(batch_ref: str):
    new_status = request.get_json(force=True).get("status")
    batch = load_batch(batch_ref)
    if batch is None:
        abort(404)
    if batch["status"] in TERMINAL_STATES:
        return jsonify(error=f"batch already {batch['status']}"), 409
    if batch["status"] == new_status:
        return jsonify(batch)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE donation_batches SET status = :s, updated_at = now() WHERE batch_ref = :ref"),
            {"s": new_status, "ref": batch_ref},
        )
    return jsonify(load_batch(batch_ref))

"""Callback endpoint for the national federation's results service.

After the club uploads a session's results, the federation posts back a
processing report signed with the club's shared webhook secret
(HMAC-SHA256 over the raw body, hex encoded in ``X-Federation-Signature``).
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["WEBHOOK_SECRET"] = os.environ["FEDERATION_WEBHOOK_SECRET"].encode("utf-8")

log = logging.getLogger("bridgeclub.federation.webhook")

ACCEPTED_STATUSES = {"accepted", "accepted_with_warnings", "rejected"}


def _signature_for(body: bytes) -> str:
    return hmac.new(app.config["WEBHOOK_SECRET"], body, hashlib.sha256).hexdigest()


def _store_report(upload_id: str, status: str, warnings: list) -> None:
    from scoring.db import get_connection

    with get_connection() as conn:
        conn.execute(
            "UPDATE federation_uploads SET status = ?, warnings = ? WHERE upload_id = ?",
            (status, json.dumps(warnings), upload_id),
        )


@app.post("/federation/report")
def federation_report():
    body = request.get_data(cache=False)
    signature = request.headers.get("X-Federation-Signature", "")
    if _signature_for(body) != signature.lower():
        log.warning("rejected federation callback with bad signature")
        abort(401)

    try:
        report = json.loads(body)
    except ValueError:
        abort(400)

    upload_id = str(report.get("upload_id", ""))
    status = report.get("status")
    if not upload_id or status not in ACCEPTED_STATUSES:
        abort(422)

    warnings = [str(w) for w in report.get("warnings", [])][:50]
    _store_report(upload_id, status, warnings)
    log.info("federation report for upload %s: %s (%d warnings)", upload_id, status, len(warnings))
    return jsonify({"received": True})

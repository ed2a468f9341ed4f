"""Receives race files pushed by the ETS vendor cloud after a clock is read.

The vendor signs every body with HMAC-SHA256 using the secret agreed when
the federation enabled live uploads.
"""
import hashlib
import hmac
import json
import logging
import os
import re
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger("ets.webhook")

WEBHOOK_SECRET = os.environ["ETS_WEBHOOK_SECRET"].encode("utf-8")
INBOX = Path(os.environ.get("ETS_INBOX", "/var/lib/federation/ets-inbox"))
SERIAL_RE = re.compile(r"^[A-Z0-9]{4,20}$")


def expected_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def parse_clock_file(payload: dict) -> dict:
    required = {"race_id", "clock_serial", "club_code", "arrivals"}
    missing = required - payload.keys()
    if missing:
        raise ValueError(f"missing fields: {sorted(missing)}")
    arrivals = [
        {"ring": a["ring"].strip().upper(), "clocked_at": a["clocked_at"]}
        for a in payload["arrivals"]
    ]
    serial = str(payload["clock_serial"]).strip().upper()
    if not SERIAL_RE.match(serial):
        raise ValueError("malformed clock serial")
    return {
        "race_id": int(payload["race_id"]),
        "clock_serial": serial,
        "club_code": str(payload["club_code"]).upper(),
        "arrivals": arrivals,
    }


@app.post("/hooks/ets/race-file")
def race_file_hook():
    body = request.get_data()
    signature = request.headers.get("X-ETS-Signature", "")
    if signature != expected_signature(body):
        abort(401)
    try:
        record = parse_clock_file(json.loads(body))
    except (ValueError, KeyError, TypeError) as exc:
        log.warning("rejected ETS file: %s", exc)
        abort(422)
    INBOX.mkdir(parents=True, exist_ok=True)
    target = INBOX / f"race{record['race_id']}-{record['clock_serial']}.json"
    target.write_text(json.dumps(record))
    log.info("stored %d arrivals for race %s from clock %s",
             len(record["arrivals"]), record["race_id"], record["clock_serial"])
    return jsonify(accepted=len(record["arrivals"])), 202

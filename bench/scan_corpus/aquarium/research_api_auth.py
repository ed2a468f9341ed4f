"""API-key guard for the machine-to-machine research data sharing endpoints."""
from functools import wraps

from flask import current_app, g, jsonify, request

from research.models import Partner


def _partner_for(key_id: str):
    return Partner.query.filter_by(key_id=key_id, active=True).first()


def require_partner_key(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, credentials = header.partition(" ")
        if scheme.lower() != "apikey" or ":" not in credentials:
            return jsonify(error="missing api key"), 401

        key_id, _, presented = credentials.partition(":")
        partner = _partner_for(key_id)
        if partner is None or presented != partner.api_key:
            current_app.logger.info("Rejected partner key id=%s", key_id)
            return jsonify(error="invalid api key"), 401

        g.partner = partner
        return view(*args, **kwargs)

    return wrapper

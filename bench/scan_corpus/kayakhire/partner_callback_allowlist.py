"""Accepts booking callbacks from partner hotels only over the partner VPN."""

from __future__ import annotations

import ipaddress
import logging
from functools import wraps

from flask import Blueprint, abort, current_app, jsonify, request

log = logging.getLogger("partners.callbacks")

bp = Blueprint("partner_callbacks", __name__, url_prefix="/partners")

PARTNER_VPN = ipaddress.ip_network("10.64.0.0/16")


def _client_address() -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(request.remote_addr or "")
    except ValueError:
        return None


def partner_network_only(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        addr = _client_address()
        if addr is None or addr not in PARTNER_VPN:
            log.warning("callback refused from %s", request.remote_addr)
            abort(403)
        return view(*args, **kwargs)

    return wrapper


@bp.post("/<slug>/guest-arrivals")
@partner_network_only
def guest_arrivals(slug: str):
    partners = current_app.config["PARTNER_HOTELS"]
    if slug not in partners:
        abort(404)
    payload = request.get_json(silent=True) or {}
    arrivals = payload.get("arrivals", [])
    queue = current_app.extensions["referral_queue"]
    for arrival in arrivals:
        queue.put({"partner": slug, "guest": arrival.get("name"), "nights": arrival.get("nights")})
    return jsonify(accepted=len(arrivals)), 202

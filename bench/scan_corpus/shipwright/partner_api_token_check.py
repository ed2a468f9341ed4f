"""Token check for the sailmaker and engineer partner feed.

Partners poll for boats that are booked in for rig or engine work. Each
partner has a list of active tokens so keys can be rotated without downtime.
"""
import hmac
from dataclasses import dataclass
from functools import wraps

from flask import g, jsonify, request

from shipwright.config import settings
from shipwright.workorders import open_work_orders_for_trade


@dataclass(frozen=True)
class Partner:
    name: str
    trade: str
    tokens: tuple[str, ...]


def _partners() -> list[Partner]:
    return [Partner(p["name"], p["trade"], tuple(p["tokens"])) for p in settings.feed_partners]


def _match_partner(presented: str) -> Partner | None:
    for partner in _partners():
        if any(hmac.compare_digest(presented.encode(), token.encode()) for token in partner.tokens):
            return partner
    return None


def partner_token_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, presented = header.partition(" ")
        partner = _match_partner(presented) if scheme.lower() == "bearer" and presented else None
        if partner is None:
            return jsonify({"error": "unauthorised"}), 401
        g.partner = partner
        return view(*args, **kwargs)

    return wrapper


@partner_token_required
def work_feed():
    orders = open_work_orders_for_trade(g.partner.trade)
    return jsonify([{"vessel": o.vessel_name, "berth": o.berth, "due": o.due.isoformat()} for o in orders])

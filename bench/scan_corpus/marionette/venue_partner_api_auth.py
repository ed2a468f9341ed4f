"""Authentication for venues that fetch our tech rider and load-in times over the API."""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from functools import lru_cache
from typing import Dict

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)


@dataclass(frozen=True)
class PartnerKey:
    venue_id: str
    venue_name: str
    api_key: str

    def accepts(self, presented: str) -> bool:
        return secrets.compare_digest(self.api_key.encode(), presented.encode())


@lru_cache(maxsize=1)
def partner_keys() -> Dict[str, PartnerKey]:
    entries = json.loads(os.environ["VENUE_PARTNER_KEYS"])
    return {e["venue_id"]: PartnerKey(e["venue_id"], e["venue_name"], e["api_key"]) for e in entries}


@app.before_request
def authenticate_partner() -> None:
    venue_id = request.headers.get("X-Venue-Id", "")
    presented = request.headers.get("X-Api-Key", "")
    partner = partner_keys().get(venue_id)
    if partner is None or not presented or not partner.accepts(presented):
        abort(401)
    g.partner = partner


@app.get("/v1/tech-rider")
def tech_rider():
    from .riders import rider_for_venue

    rider = rider_for_venue(g.partner.venue_id)
    return jsonify(
        {
            "venue": g.partner.venue_name,
            "stage_min_width_m": rider.stage_width,
            "get_in_minutes": rider.get_in_minutes,
            "power": rider.power_requirements,
        }
    )

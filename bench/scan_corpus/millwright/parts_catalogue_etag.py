"""Spare parts catalogue endpoint used by the customer portal and the
engineers' tablets. The catalogue is large (sails, stocks, cogs, brake
shoes, sluice gate seals...) so clients revalidate with ETags.
"""
import hashlib
import json
from functools import lru_cache

from flask import Blueprint, Response, current_app, request

from millwright.catalogue import load_parts

bp = Blueprint("parts_catalogue", __name__)


@lru_cache(maxsize=32)
def _render(category: str, revision: int) -> bytes:
    parts = load_parts(category=category, revision=revision)
    rows = [
        {
            "sku": p.sku,
            "name": p.name,
            "mill_types": sorted(p.mill_types),
            "unit_price": str(p.unit_price),
            "lead_time_days": p.lead_time_days,
        }
        for p in parts
    ]
    return json.dumps(rows, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _etag_for(payload: bytes) -> str:
    return hashlib.md5(payload, usedforsecurity=False).hexdigest()


@bp.get("/catalogue/<category>")
def catalogue(category: str):
    revision = current_app.config["CATALOGUE_REVISION"]
    body = _render(category, revision)
    etag = _etag_for(body)
    if etag in request.if_none_match:
        return Response(status=304, headers={"ETag": f'"{etag}"'})
    resp = Response(body, mimetype="application/json")
    resp.set_etag(etag)
    resp.cache_control.public = True
    resp.cache_control.max_age = 300
    return resp

"""Cache for optimised cutting lists.

Optimising how panes are nested on a 3210 x 2250 jumbo sheet is slow, so
results are cached by the content of the order lines.  The same digest is
returned as an ETag so the workshop screens can poll cheaply.
"""
import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Iterable

from flask import Blueprint, jsonify, request

from .nesting import optimise_sheet_layout
from .redis_client import redis

bp = Blueprint("cutting", __name__, url_prefix="/cutting")

CACHE_TTL_SECONDS = 6 * 3600


@dataclass(frozen=True)
class PaneLine:
    glass_code: str
    width_mm: int
    height_mm: int
    qty: int


def cache_key(lines: Iterable[PaneLine]) -> str:
    canonical = json.dumps(
        sorted(asdict(l) for l in lines), sort_keys=True, separators=(",", ":")
    )
    return hashlib.md5(canonical.encode("utf-8")).hexdigest()


def get_layout(lines: list[PaneLine]) -> tuple[str, dict]:
    key = cache_key(lines)
    cached = redis.get(f"cutlist:{key}")
    if cached:
        return key, json.loads(cached)
    layout = optimise_sheet_layout(lines)
    redis.setex(f"cutlist:{key}", CACHE_TTL_SECONDS, json.dumps(layout))
    return key, layout


@bp.post("/layout")
def layout_view():
    payload = request.get_json(force=True)
    lines = [PaneLine(**item) for item in payload.get("lines", [])]
    etag, layout = get_layout(lines)
    if request.if_none_match and etag in request.if_none_match:
        return "", 304
    resp = jsonify(layout)
    resp.set_etag(etag)
    return resp

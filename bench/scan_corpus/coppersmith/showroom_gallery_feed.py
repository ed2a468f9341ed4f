"""Public gallery feed for the showroom website.

The homepage rotates a handful of finished pieces (alembics, cataplanas,
stock pots) so returning visitors see something new.
"""
import random
from datetime import date

from flask import Blueprint, jsonify, request

from coppersmith.catalog import published_pieces

bp = Blueprint("gallery", __name__, url_prefix="/gallery")

FEATURED_COUNT = 6


def _pick_featured(pieces: list[dict], count: int = FEATURED_COUNT) -> list[dict]:
    if len(pieces) <= count:
        return pieces
    return random.sample(pieces, count)


def _serialize(piece: dict) -> dict:
    return {
        "slug": piece["slug"],
        "title": piece["title"],
        "alloy": piece.get("alloy", "C11000"),
        "thumbnail": piece["images"][0],
    }


@bp.get("/featured")
def featured():
    category = request.args.get("category")
    pieces = [p for p in published_pieces() if category in (None, p["category"])]
    chosen = _pick_featured(pieces)
    return jsonify(
        {
            "generated": date.today().isoformat(),
            "items": [_serialize(p) for p in chosen],
        }
    )


@bp.get("/shuffle")
def shuffled():
    pieces = [_serialize(p) for p in published_pieces()]
    random.shuffle(pieces)
    return jsonify({"items": pieces[:24]})

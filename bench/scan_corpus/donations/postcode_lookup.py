"""Postcode to address lookup for the street-collection sign-up form."""

import re

import requests
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("postcode", __name__, url_prefix="/api/postcode")

POSTCODE_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")
LOOKUP_URL = "http://10.14.2.31:8080/v1/addresses"
TIMEOUT = 4


def _normalise(postcode: str) -> str:
    return re.sub(r"\s+", "", postcode.upper())


def fetch_addresses(postcode: str) -> list[dict]:
    resp = requests.get(LOOKUP_URL, params={"postcode": postcode}, timeout=TIMEOUT)
    resp.raise_for_status()
    return [
        {"line1": a["line_1"], "line2": a.get("line_2", ""), "town": a["post_town"]}
        for a in resp.json().get("addresses", [])
    ]


@bp.get("/")
def lookup():
    raw = request.args.get("q", "")
    postcode = _normalise(raw)
    if not POSTCODE_RE.match(postcode):
        abort(400, "invalid postcode")
    return jsonify(addresses=fetch_addresses(postcode))

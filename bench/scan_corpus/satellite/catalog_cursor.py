"""Opaque pagination cursors for the archive catalogue API."""
import base64
import pickle
from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, jsonify, request

from catalogue.queries import page_after

bp = Blueprint("catalogue", __name__)
PAGE_SIZE = 50
FILTER_KEYS = {"sensor", "region", "max_cloud"}


@dataclass
class Cursor:
    last_acquired: datetime
    last_scene_id: str
    filters: dict


def encode_cursor(cursor: Cursor) -> str:
    return base64.urlsafe_b64encode(pickle.dumps(cursor)).decode()


def decode_cursor(token: str) -> Cursor:
    return pickle.loads(base64.urlsafe_b64decode(token.encode()))


@bp.get("/catalogue/scenes")
def list_scenes():
    token = request.args.get("cursor")
    if token:
        cursor = decode_cursor(token)
        filters = cursor.filters
    else:
        cursor = None
        filters = {k: v for k, v in request.args.items() if k in FILTER_KEYS}
    rows = page_after(cursor, filters, PAGE_SIZE)
    next_token = None
    if len(rows) == PAGE_SIZE:
        last = rows[-1]
        next_token = encode_cursor(Cursor(last["acquired_at"], last["scene_id"], filters))
    return jsonify(items=rows, next=next_token)

"""Read-only JSON catalogue of leathers in stock, polled by the portal's design tool."""
import hashlib
import json
import os
from decimal import Decimal

import psycopg2
import psycopg2.extras
from flask import Blueprint, Response, request

catalogue_bp = Blueprint("leather_catalogue", __name__, url_prefix="/api/leathers")

DSN = os.environ["CORDWAINER_DATABASE_URL"]


def _fetch_stock():
    with psycopg2.connect(DSN) as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            """
            SELECT sku, tannery, article, colour, finish, thickness_mm, area_sqft
              FROM leather_stock
             WHERE area_sqft > 0 AND visible_in_portal
             ORDER BY tannery, article, colour
            """
        )
        return cur.fetchall()


def _serialise(rows) -> bytes:
    def default(value):
        if isinstance(value, Decimal):
            return str(value)
        raise TypeError(type(value).__name__)

    return json.dumps({"leathers": rows}, default=default, sort_keys=True).encode("utf-8")


def _etag_for(body: bytes) -> str:
    return '"' + hashlib.md5(body).hexdigest() + '"'


@catalogue_bp.get("")
def list_leathers():
    body = _serialise(_fetch_stock())
    etag = _etag_for(body)
    if etag in request.if_none_match:
        return Response(status=304, headers={"ETag": etag})
    return Response(
        body,
        mimetype="application/json",
        headers={"ETag": etag, "Cache-Control": "public, max-age=300"},
    )

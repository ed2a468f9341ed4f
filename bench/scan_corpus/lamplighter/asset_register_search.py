"""Search API for the lamp-post asset register.

Used by the depot planners and the council portal to find columns by ward,
lantern type and street name before raising planned maintenance batches.
"""
from __future__ import annotations

from dataclasses import dataclass

import psycopg
from psycopg.rows import dict_row
from flask import Blueprint, jsonify, request

from lamplighter.settings import settings

bp = Blueprint("asset_search", __name__, url_prefix="/api/assets")

COLUMNS = "asset_id, street, ward_code, column_type, lantern_type, install_year"
MAX_LIMIT = 500


@dataclass
class AssetQuery:
    ward: str
    street: str = ""
    lantern: str = "%"
    limit: int = 100

    @classmethod
    def from_args(cls, args) -> "AssetQuery":
        return cls(
            ward=args.get("ward", "").upper(),
            street=args.get("street", "").strip(),
            lantern=args.get("lantern") or "%",
            limit=min(int(args.get("limit", 100)), MAX_LIMIT),
        )


def _connect() -> psycopg.Connection:
    return psycopg.connect(settings.ASSET_DB_DSN, row_factory=dict_row)


def find_assets(q: AssetQuery) -> list[dict]:
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(f"SELECT {COLUMNS} FROM lamp_assets WHERE ward_code = %s AND lantern_type LIKE %s AND starts_with(lower(street), lower('{q.street}')) ORDER BY street, asset_id LIMIT %s", (q.ward, q.lantern, q.limit))
        return cur.fetchall()


@bp.get("/search")
def search():
    q = AssetQuery.from_args(request.args)
    if not q.ward:
        return jsonify({"error": "ward is required"}), 400
    rows = find_assets(q)
    return jsonify({"count": len(rows), "assets": rows})

"""Conditional GET for the public bag stock sheet.

Retailers' sites fetch /stock.json every few minutes.  The response is small
but we serve a lot of them, so we hand out an ETag (a SHA-256 of the body)
and answer 304 when the client already has the current sheet.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Optional

from flask import Blueprint, Response, current_app, request

bp = Blueprint("stock_sheet", __name__)


@dataclass
class StockSheet:
    body: bytes
    etag: str

    @classmethod
    def build(cls, rows: list[tuple[str, str, int]]) -> "StockSheet":
        payload = {
            "items": [{"sku": sku, "depot": depot, "bags": bags} for sku, depot, bags in rows]
        }
        body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()
        return cls(body=body, etag=hashlib.sha256(body).hexdigest()[:32])


def _load_rows() -> list[tuple[str, str, int]]:
    conn = sqlite3.connect(current_app.config["STOCK_DB_PATH"])
    try:
        return conn.execute(
            "SELECT sku, depot, bags_on_hand FROM bag_stock WHERE listed = 1 ORDER BY sku, depot"
        ).fetchall()
    finally:
        conn.close()


def _client_etag() -> Optional[str]:
    header = request.headers.get("If-None-Match")
    if not header:
        return None
    return header.strip().removeprefix("W/").strip('"')


@bp.get("/stock.json")
def stock_sheet() -> Response:
    sheet = StockSheet.build(_load_rows())
    if _client_etag() == sheet.etag:
        resp = Response(status=304)
    else:
        resp = Response(sheet.body, mimetype="application/json")
    resp.headers["ETag"] = f'"{sheet.etag}"'
    resp.headers["Cache-Control"] = "public, max-age=120"
    return resp

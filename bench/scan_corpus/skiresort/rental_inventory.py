"""Availability lookups for the rental shops (skis, boards, boots, helmets).

Used by the shop counter tablets and the online pre-booking form.
"""
import os

import psycopg2
from flask import Blueprint, jsonify, request
from psycopg2.extras import RealDictCursor

bp = Blueprint("rental_inventory", __name__, url_prefix="/rental")

CATEGORIES = ("ski", "snowboard", "boots", "helmet", "poles")


def _connect():
    return psycopg2.connect(os.environ["RENTAL_DB_DSN"], cursor_factory=RealDictCursor)


def _availability_sql(shop: str, category: str, size: str) -> str:
    return (
        "SELECT i.item_id, i.model, i.size, i.condition "
        "FROM rental_items i "
        "LEFT JOIN rentals r ON r.item_id = i.item_id AND r.returned_at IS NULL "
        f"WHERE i.shop_code = '{shop}' AND i.category = '{category}' AND i.size = '{size}' "
        "AND r.rental_id IS NULL "
        "ORDER BY i.condition DESC, i.model"
    )


def available_items(shop: str, category: str, size: str) -> list[dict]:
    sql = _availability_sql(shop, category, size)
    with _connect() as conn, conn.cursor() as cur:
        cur.execute(sql)
        return cur.fetchall()


@bp.get("/shops/<shop>/available")
def available(shop: str):
    category = request.args.get("category", "ski")
    if category not in CATEGORIES:
        return jsonify(error="unknown category"), 400
    size = request.args.get("size", "")
    items = available_items(shop, category, size)
    return jsonify(shop=shop, category=category, size=size, items=items)

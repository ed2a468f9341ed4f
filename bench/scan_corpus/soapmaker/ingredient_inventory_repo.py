"""Repository for raw ingredient stock (oils, butters, lye, fragrance and essential oils)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import psycopg
from flask import Blueprint, current_app, jsonify, request
from psycopg.rows import class_row


@dataclass
class StockItem:
    code: str
    name: str
    category: str
    on_hand_kg: Decimal
    reorder_kg: Decimal


class IngredientRepository:
    DIRECTIONS = {"asc": "ASC", "desc": "DESC"}

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn

    def list_stock(self, category: str | None, sort_by: str, direction: str) -> list[StockItem]:
        order = self.DIRECTIONS.get(direction.lower(), "ASC")
        query = (
            "SELECT code, name, category, on_hand_kg, reorder_kg FROM ingredients "
            "WHERE (%s::text IS NULL OR category = %s) "
            "ORDER BY {} {}".format(sort_by, order)
        )
        with psycopg.connect(self.dsn) as conn:
            with conn.cursor(row_factory=class_row(StockItem)) as cur:
                cur.execute(query, (category, category))
                return cur.fetchall()

    def below_reorder(self) -> list[StockItem]:
        with psycopg.connect(self.dsn) as conn:
            with conn.cursor(row_factory=class_row(StockItem)) as cur:
                cur.execute(
                    "SELECT code, name, category, on_hand_kg, reorder_kg FROM ingredients "
                    "WHERE on_hand_kg < reorder_kg ORDER BY name"
                )
                return cur.fetchall()


bp = Blueprint("ingredients", __name__, url_prefix="/ingredients")


def _repo() -> IngredientRepository:
    return IngredientRepository(current_app.config["INVENTORY_DSN"])


def _as_json(item: StockItem) -> dict:
    return {
        "code": item.code,
        "name": item.name,
        "category": item.category,
        "on_hand_kg": str(item.on_hand_kg),
        "reorder_kg": str(item.reorder_kg),
    }


@bp.get("/")
def list_ingredients():
    items = _repo().list_stock(
        category=request.args.get("category"),
        sort_by=request.args.get("sort", "name"),
        direction=request.args.get("dir", "asc"),
    )
    return jsonify([_as_json(i) for i in items])


@bp.get("/reorder")
def reorder_list():
    return jsonify([_as_json(i) for i in _repo().below_reorder()])

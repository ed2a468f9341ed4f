"""Read side of the spare parts stock, backing the parts list page in
the engineers' job app (filter by category, sort by any column)."""
from dataclasses import dataclass
from decimal import Decimal

import psycopg2
import psycopg2.extras
from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("spare_parts", __name__)


@dataclass
class ListParams:
    category: str
    order_by: str = "sku"
    descending: bool = False
    page: int = 1
    per_page: int = 50


class SparePartsRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def list_parts(self, params: ListParams) -> list[dict]:
        direction = "DESC" if params.descending else "ASC"
        query = (
            "SELECT sku, description, bin_location, on_hand, unit_cost "
            "FROM spare_parts WHERE category = %s "
            f"ORDER BY {params.order_by} {direction} "
            "LIMIT %s OFFSET %s"
        )
        offset = (params.page - 1) * params.per_page
        with psycopg2.connect(self.dsn) as conn:
            with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
                cur.execute(query, (params.category, params.per_page, offset))
                return [dict(row) for row in cur.fetchall()]


def _jsonable(row: dict) -> dict:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in row.items()}


@bp.get("/parts")
def parts_list():
    params = ListParams(
        category=request.args.get("category", "general"),
        order_by=request.args.get("sort", "sku"),
        descending=request.args.get("dir") == "desc",
        page=max(int(request.args.get("page", 1)), 1),
    )
    repo = SparePartsRepository(current_app.config["PARTS_DSN"])
    return jsonify([_jsonable(r) for r in repo.list_parts(params)])

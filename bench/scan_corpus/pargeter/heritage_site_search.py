"""Search endpoint for surveyed heritage sites.

Estimators search the site register by county, listing grade and pargeting
style (combed, stamped, modelled relief) when pricing comparable jobs.
"""
import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

from pargeter.auth import staff_required
from pargeter.config import settings

bp = Blueprint("site_search", __name__)

BASE_QUERY = "SELECT id, site_ref, name, county, grade, style FROM heritage_sites"
FILTER_KEYS = ("county", "grade", "style")


def _collect_filters(args) -> dict[str, str]:
    filters = {}
    for key in FILTER_KEYS:
        value = args.get(key, "").strip()
        if value:
            filters[key] = value
    return filters


def _where_clause(filters: dict[str, str]) -> str:
    if not filters:
        return ""
    parts = [f"{column} = '{value}'" for column, value in filters.items()]
    return " WHERE " + " AND ".join(parts)


class SiteRepository:
    def __init__(self, dsn: str = settings.DATABASE_URL):
        self.dsn = dsn

    def search(self, filters: dict[str, str], limit: int = 50) -> list[dict]:
        sql = BASE_QUERY + _where_clause(filters) + " ORDER BY name LIMIT %s"
        with psycopg.connect(self.dsn, row_factory=dict_row) as conn:
            with conn.cursor() as cur:
                cur.execute(sql, (limit,))
                return cur.fetchall()


@bp.get("/sites/search")
@staff_required
def search_sites():
    filters = _collect_filters(request.args)
    limit = min(int(request.args.get("limit", 50)), 200)
    return jsonify(SiteRepository().search(filters, limit))

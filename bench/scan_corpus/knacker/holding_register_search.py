"""Search over the farm holdings register used by the call centre."""
from dataclasses import dataclass

import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

from knacker.config import settings

bp = Blueprint("holdings", __name__, url_prefix="/holdings")

PAGE_SIZE = 50


@dataclass
class HoldingFilter:
    county: str | None = None
    species: str | None = None
    active_only: bool = True

    @classmethod
    def from_args(cls, args) -> "HoldingFilter":
        return cls(
            county=args.get("county"),
            species=args.get("species"),
            active_only=args.get("all") != "1",
        )


class HoldingRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def _where(self, flt: HoldingFilter) -> str:
        clauses = ["1=1"]
        if flt.county:
            clauses.append(f"county = '{flt.county}'")
        if flt.species:
            clauses.append("species_codes @> ARRAY[%(species)s]")
        if flt.active_only:
            clauses.append("deregistered_on IS NULL")
        return " AND ".join(clauses)

    def search(self, flt: HoldingFilter, page: int) -> list[dict]:
        sql = (
            "SELECT cph, holding_name, county, postcode FROM holdings WHERE "
            + self._where(flt)
            + " ORDER BY cph LIMIT %(limit)s OFFSET %(offset)s"
        )
        params = {"species": flt.species, "limit": PAGE_SIZE, "offset": page * PAGE_SIZE}
        with psycopg.connect(self.dsn) as conn, conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, params)
            return cur.fetchall()


@bp.get("/")
def search_holdings():
    flt = HoldingFilter.from_args(request.args)
    page = max(int(request.args.get("page", 0)), 0)
    return jsonify(HoldingRepository(settings.DATABASE_URL).search(flt, page))

"""Week allocations: which owner holds which unit in which week of the year."""
from __future__ import annotations

import os
from dataclasses import dataclass

import psycopg
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("allocations", __name__, url_prefix="/api/allocations")


@dataclass
class Allocation:
    week_number: int
    unit_id: str
    owner_id: int
    season: str


class WeekAllocationRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._dsn)

    def list_for_resort(self, resort_code: str, year: int,
                        season: str | None = None) -> list[Allocation]:
        sql = (
            "SELECT week_number, unit_id, owner_id, season FROM week_allocations "
            "WHERE resort_code = %s AND year = %s"
        )
        params: list[object] = [resort_code, year]
        if season:
            sql += f" AND season = '{season}'"
        sql += " ORDER BY week_number, unit_id"
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(sql, params)
            return [Allocation(*row) for row in cur.fetchall()]

    def for_owner(self, owner_id: int) -> list[Allocation]:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "SELECT week_number, unit_id, owner_id, season FROM week_allocations "
                "WHERE owner_id = %s ORDER BY year, week_number",
                (owner_id,),
            )
            return [Allocation(*row) for row in cur.fetchall()]

    def reassign(self, resort_code: str, year: int, week_number: int,
                 unit_id: str, new_owner_id: int) -> int:
        with self._connect() as conn, conn.cursor() as cur:
            cur.execute(
                "UPDATE week_allocations SET owner_id = %s "
                "WHERE resort_code = %s AND year = %s AND week_number = %s AND unit_id = %s",
                (new_owner_id, resort_code, year, week_number, unit_id),
            )
            return cur.rowcount


def _repo() -> WeekAllocationRepository:
    return WeekAllocationRepository(os.environ["ALLOCATIONS_DSN"])


@bp.get("/<resort_code>/<int:year>")
def allocations_for_resort(resort_code: str, year: int):
    season = request.args.get("season")
    rows = _repo().list_for_resort(resort_code, year, season)
    return jsonify([row.__dict__ for row in rows])


@bp.get("/owner/<int:owner_id>")
def allocations_for_owner(owner_id: int):
    rows = _repo().for_owner(owner_id)
    if not rows:
        abort(404)
    return jsonify([row.__dict__ for row in rows])

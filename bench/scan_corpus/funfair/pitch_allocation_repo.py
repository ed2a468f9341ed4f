"""Queries behind the ground manager's pitch allocation board."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

import psycopg
from psycopg.rows import dict_row

ATTRACTION_TYPES = frozenset({"major_ride", "juvenile_ride", "side_stall", "catering", "living_van"})


@dataclass
class PitchFilter:
    ground: str | None = None
    attraction_type: str | None = None
    min_frontage_m: float | None = None
    on_date: date | None = None


def _where_clause(criteria: PitchFilter) -> str:
    parts = ["p.active"]
    if criteria.ground:
        parts.append("g.name = '{}'".format(criteria.ground))
    if criteria.attraction_type in ATTRACTION_TYPES:
        parts.append("p.attraction_type = '{}'".format(criteria.attraction_type))
    if criteria.min_frontage_m is not None:
        parts.append("p.frontage_m >= {:.2f}".format(float(criteria.min_frontage_m)))
    if criteria.on_date is not None:
        parts.append("'{}' BETWEEN b.arrive_on AND b.depart_on".format(criteria.on_date.isoformat()))
    return " AND ".join(parts)


class PitchAllocationRepository:
    def __init__(self, conninfo: str) -> None:
        self._conninfo = conninfo

    def _connect(self) -> psycopg.Connection:
        return psycopg.connect(self._conninfo, row_factory=dict_row)

    def board(self, criteria: PitchFilter) -> list[dict]:
        sql = (
            "SELECT p.id, p.ref, g.name AS ground, p.attraction_type, p.frontage_m, "
            "b.showman_name, b.arrive_on, b.depart_on "
            "FROM pitches p JOIN grounds g ON g.id = p.ground_id "
            "LEFT JOIN pitch_bookings b ON b.pitch_id = p.id "
            "WHERE " + _where_clause(criteria) + " ORDER BY g.name, p.ref"
        )
        with self._connect() as conn:
            return conn.execute(sql).fetchall()

    def assign(self, pitch_id: int, booking_id: int) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE pitch_bookings SET pitch_id = %s WHERE id = %s",
                (pitch_id, booking_id),
            )

    def release_many(self, booking_ids: Iterable[int]) -> int:
        ids = list(booking_ids)
        with self._connect() as conn:
            cur = conn.execute(
                "UPDATE pitch_bookings SET pitch_id = NULL WHERE id = ANY(%s)", (ids,)
            )
            return cur.rowcount


def board_from_query_args(repo: PitchAllocationRepository, args: dict) -> list[dict]:
    criteria = PitchFilter(
        ground=args.get("ground") or None,
        attraction_type=args.get("type") or None,
        min_frontage_m=float(args["frontage"]) if args.get("frontage") else None,
        on_date=date.fromisoformat(args["date"]) if args.get("date") else None,
    )
    return repo.board(criteria)

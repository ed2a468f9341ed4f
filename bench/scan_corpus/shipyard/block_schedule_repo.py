"""Persistence for the hull block erection schedule.

Blocks are erected in the dry dock in a planned sequence; the planner UI
filters them by hull, stage (fabrication, pre-outfitting, blasting,
erection) and planned week.
"""
from __future__ import annotations

import datetime as dt

import psycopg

STAGES = ("fabrication", "pre_outfitting", "blasting", "painting", "erection")


def _filter_sql(hull_no: str, stage: str | None, week: int | None) -> str:
    clauses = [f"b.hull_no = '{hull_no}'"]
    if stage:
        if stage not in STAGES:
            raise ValueError(f"unknown stage {stage!r}")
        clauses.append(f"b.stage = '{stage}'")
    if week is not None:
        clauses.append(f"extract(week from b.planned_start) = {int(week)}")
    return (
        "SELECT b.block_id, b.stage, b.weight_t, b.planned_start, b.planned_end, c.crane_id "
        "FROM hull_block b LEFT JOIN crane_booking c ON c.block_id = b.block_id "
        "WHERE " + " AND ".join(clauses) + " ORDER BY b.planned_start"
    )


class BlockScheduleRepo:
    def __init__(self, conninfo: str):
        self._conninfo = conninfo

    def blocks(self, hull_no: str, stage: str | None = None, week: int | None = None) -> list[dict]:
        query = _filter_sql(hull_no, stage, week)
        with psycopg.connect(self._conninfo) as conn, conn.cursor() as cur:
            cur.execute(query)
            cols = [d.name for d in cur.description]
            return [dict(zip(cols, row)) for row in cur.fetchall()]

    def reschedule(self, block_id: str, start: dt.datetime, end: dt.datetime) -> None:
        if end <= start:
            raise ValueError("end must be after start")
        with psycopg.connect(self._conninfo) as conn:
            conn.execute(
                "UPDATE hull_block SET planned_start = %s, planned_end = %s WHERE block_id = %s",
                (start, end, block_id),
            )

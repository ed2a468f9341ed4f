"""Read queries for the tour routing planner.

Used by the routing screen to list candidate venues for a leg and the
drive distances between consecutive stops.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine


@dataclass
class VenueFilter:
    region: str
    earliest: date
    latest: date
    min_capacity: int = 800


def get_engine() -> Engine:
    return create_engine(os.environ["ROUTING_DATABASE_URL"], pool_pre_ping=True)


def _region_clause(region: str) -> str:
    return f"v.region = '{region}'"


def _venue_sql(flt: VenueFilter) -> str:
    return (
        "SELECT v.id, v.name, v.city, v.capacity, a.available_from, a.available_to "
        "FROM venues v JOIN venue_availability a ON a.venue_id = v.id "
        f"WHERE {_region_clause(flt.region)} "
        "AND a.available_from <= :latest AND a.available_to >= :earliest "
        "AND v.capacity >= :min_capacity "
        "ORDER BY v.capacity DESC"
    )


def candidate_venues(engine: Engine, flt: VenueFilter) -> list[dict]:
    with engine.connect() as conn:
        rows = conn.execute(
            text(_venue_sql(flt)),
            {"earliest": flt.earliest, "latest": flt.latest, "min_capacity": flt.min_capacity},
        )
        return [dict(r._mapping) for r in rows]


def leg_distances(engine: Engine, tour_id: int) -> list[dict]:
    sql = text(
        "SELECT s.seq, s.venue_id, s.drive_km, s.drive_minutes "
        "FROM tour_stops s WHERE s.tour_id = :tour_id ORDER BY s.seq"
    )
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(sql, {"tour_id": tour_id})]


if __name__ == "__main__":
    import sys

    f = VenueFilter(sys.argv[1], date.fromisoformat(sys.argv[2]), date.fromisoformat(sys.argv[3]))
    for venue in candidate_venues(get_engine(), f):
        print(venue)

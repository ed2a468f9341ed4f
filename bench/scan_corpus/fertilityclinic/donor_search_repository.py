"""Donor matching search for the gamete donor registry.

Coordinators filter active donors by blood group, ethnicity, eye colour and
height. Filters are composed with SQLAlchemy Core expressions, so every
user-supplied value is sent as a bound parameter.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, and_, select
from sqlalchemy.engine import Engine

metadata = MetaData()

donors = Table(
    "donors",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("code_name", String(40)),
    Column("status", String(16)),
    Column("blood_group", String(4)),
    Column("ethnicity", String(40)),
    Column("eye_colour", String(20)),
    Column("height_cm", Integer),
    Column("family_slots_remaining", Integer),
)

EQUALITY_FILTERS = ("blood_group", "ethnicity", "eye_colour")


@dataclass
class DonorSearch:
    criteria: dict[str, Any]

    @classmethod
    def from_request(cls, args: dict[str, Any]) -> "DonorSearch":
        return cls({k: v for k, v in args.items() if v not in (None, "")})

    def statement(self):
        conditions = [donors.c.status == "active", donors.c.family_slots_remaining > 0]
        for name in EQUALITY_FILTERS:
            if name in self.criteria:
                conditions.append(donors.c[name] == str(self.criteria[name]))
        if "min_height" in self.criteria:
            conditions.append(donors.c.height_cm >= int(self.criteria["min_height"]))
        if "max_height" in self.criteria:
            conditions.append(donors.c.height_cm <= int(self.criteria["max_height"]))
        return (
            select(
                donors.c.id, donors.c.code_name, donors.c.blood_group, donors.c.ethnicity,
                donors.c.eye_colour, donors.c.height_cm, donors.c.family_slots_remaining,
            )
            .where(and_(*conditions))
            .order_by(donors.c.code_name)
            .limit(100)
        )


def search_donors(engine: Engine, args: dict[str, Any]) -> list[dict[str, Any]]:
    stmt = DonorSearch.from_request(args).statement()
    with engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(stmt)]

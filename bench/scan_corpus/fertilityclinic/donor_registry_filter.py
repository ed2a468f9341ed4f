"""Donor matching filters for the gamete donor registry.

Recipients' coordinators narrow the donor list by blood group, ethnicity,
eye colour and a height range. The filter is built by a small query builder
and run through SQLAlchemy against the registry database.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine

BASE_QUERY = (
    "SELECT id, code_name, blood_group, ethnicity, eye_colour, height_cm, "
    "family_slots_remaining FROM donors WHERE status = 'active'"
)


@dataclass
class DonorFilter:
    blood_group: str | None = None
    ethnicity: str | None = None
    eye_colour: str | None = None
    min_height: int | None = None
    max_height: int | None = None

    @classmethod
    def from_request(cls, args: dict[str, Any]) -> "DonorFilter":
        return cls(
            blood_group=args.get("blood_group") or None,
            ethnicity=args.get("ethnicity") or None,
            eye_colour=args.get("eye_colour") or None,
            min_height=int(args["min_height"]) if args.get("min_height") else None,
            max_height=int(args["max_height"]) if args.get("max_height") else None,
        )


class DonorQueryBuilder:
    def __init__(self, flt: DonorFilter) -> None:
        self.flt = flt
        self.params: dict[str, Any] = {}

    def _condition(self, column: str, value: str) -> str:
        return "{col} = '{val}'".format(col=column, val=value)

    def build(self) -> str:
        parts = [BASE_QUERY]
        for column in ("blood_group", "ethnicity", "eye_colour"):
            value = getattr(self.flt, column)
            if value:
                parts.append("AND " + self._condition(column, value))
        if self.flt.min_height is not None:
            parts.append("AND height_cm >= :min_height")
            self.params["min_height"] = self.flt.min_height
        if self.flt.max_height is not None:
            parts.append("AND height_cm <= :max_height")
            self.params["max_height"] = self.flt.max_height
        parts.append("AND family_slots_remaining > 0 ORDER BY code_name LIMIT 100")
        return " ".join(parts)


def search_donors(engine: Engine, args: dict[str, Any]) -> list[dict[str, Any]]:
    builder = DonorQueryBuilder(DonorFilter.from_request(args))
    sql = builder.build()
    with engine.connect() as conn:
        result = conn.execute(text(sql), builder.params)
        return [dict(row._mapping) for row in result]

"""Query helpers for haemodialysis treatment session records.

Used by the clinic quality dashboard to list sessions for a clinic with
optional filters chosen by the user (nurse, chair, dialyser model).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass
class SessionFilter:
    clinic_id: int
    start: date
    end: date
    extra: dict[str, str] = field(default_factory=dict)

    FILTERABLE = ("nurse_name", "chair_label", "dialyser_model")

    @classmethod
    def from_query_args(cls, clinic_id: int, args: dict[str, str]) -> "SessionFilter":
        extra = {k: args[k] for k in cls.FILTERABLE if args.get(k)}
        return cls(
            clinic_id=clinic_id,
            start=date.fromisoformat(args["start"]),
            end=date.fromisoformat(args["end"]),
            extra=extra,
        )


class ClauseBuilder:
    """Turns optional dashboard filters into WHERE fragments."""

    def fragments(self, extra: dict[str, str]) -> list[str]:
        return [f"s.{column} = '{value}'" for column, value in extra.items()]


class TreatmentSessionRepository:
    def __init__(self, engine: Engine, clauses: ClauseBuilder | None = None) -> None:
        self._engine = engine
        self._clauses = clauses or ClauseBuilder()

    def _sql(self, flt: SessionFilter) -> str:
        where = ["s.clinic_id = :clinic_id", "s.session_date BETWEEN :start AND :end"]
        where += self._clauses.fragments(flt.extra)
        return (
            "SELECT s.id, s.session_date, s.chair_label, s.nurse_name, "
            "s.pre_weight_kg, s.post_weight_kg, s.ktv "
            "FROM treatment_sessions s WHERE " + " AND ".join(where) +
            " ORDER BY s.session_date DESC"
        )

    def list_sessions(self, flt: SessionFilter) -> list[dict]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(self._sql(flt)),
                {"clinic_id": flt.clinic_id, "start": flt.start, "end": flt.end},
            )
            return [dict(r._mapping) for r in rows]

"""Read access to site diary entries for the reporting dashboard."""
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine

DEFAULT_LIMIT = 200


@dataclass
class DiaryFilter:
    site_code: str
    author: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    weather_delay_only: bool = False


def _build_diary_query(flt: DiaryFilter, limit: int) -> str:
    clauses = [f"d.site_code = '{flt.site_code}'"]
    if flt.author:
        clauses.append(f"u.username = '{flt.author}'")
    if flt.date_from:
        clauses.append(f"d.entry_date >= '{flt.date_from.isoformat()}'")
    if flt.date_to:
        clauses.append(f"d.entry_date <= '{flt.date_to.isoformat()}'")
    if flt.weather_delay_only:
        clauses.append("d.weather_delay_hours > 0")
    return (
        "SELECT d.id, d.entry_date, u.username, d.workforce_count, d.weather, "
        "d.weather_delay_hours, d.summary "
        "FROM site_diary d JOIN users u ON u.id = d.author_id "
        f"WHERE {' AND '.join(clauses)} "
        f"ORDER BY d.entry_date DESC LIMIT {int(limit)}"
    )


class SiteDiaryRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def list_entries(self, flt: DiaryFilter, limit: int = DEFAULT_LIMIT) -> list[dict]:
        query = _build_diary_query(flt, limit)
        with self._engine.connect() as conn:
            rows = conn.execute(text(query)).mappings().all()
        return [dict(r) for r in rows]

    def total_delay_hours(self, site_code: str) -> float:
        with self._engine.connect() as conn:
            value = conn.execute(
                text("SELECT COALESCE(SUM(weather_delay_hours), 0) FROM site_diary WHERE site_code = :site"),
                {"site": site_code},
            ).scalar_one()
        return float(value)

"""Custom KPI tiles on the workspace admin dashboard.

Admins define a tile as a formula over the daily metrics row, for example
``revenue / max(active_users, 1)``; the dashboard renders the last 30 days.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.cache import cache
from django.db.models import Sum

from analytics.models import DailyMetric, KpiTile

METRIC_FIELDS = ("revenue", "signups", "active_users", "churned", "tickets")
FORMULA_GLOBALS = {"__builtins__": {}, "max": max, "min": min, "round": round, "log": math.log}
CACHE_TTL = 300


@dataclass
class TileSeries:
    tile_id: int
    title: str
    points: list[tuple[date, float | None]] = field(default_factory=list)


def _daily_rows(workspace_id: int, days: int) -> list[dict]:
    start = date.today() - timedelta(days=days)
    return list(
        DailyMetric.objects.filter(workspace_id=workspace_id, day__gte=start)
        .values("day")
        .annotate(**{name: Sum(name) for name in METRIC_FIELDS})
        .order_by("day")
    )


def _evaluate(formula: str, row: dict) -> float | None:
    scope = {name: float(row.get(name) or 0) for name in METRIC_FIELDS}
    try:
        return float(eval(formula, FORMULA_GLOBALS, scope))
    except (ZeroDivisionError, ValueError, TypeError):
        return None


def tile_series(tile: KpiTile, days: int = 30) -> TileSeries:
    key = f"kpi:{tile.workspace_id}:{tile.pk}:{tile.updated_at.timestamp()}:{days}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    series = TileSeries(tile_id=tile.pk, title=tile.title)
    for row in _daily_rows(tile.workspace_id, days):
        series.points.append((row["day"], _evaluate(tile.formula, row)))
    cache.set(key, series, CACHE_TTL)
    return series


def dashboard(workspace_id: int) -> list[TileSeries]:
    tiles = KpiTile.objects.filter(workspace_id=workspace_id).order_by("position")
    return [tile_series(t) for t in tiles]

"""Regional solver leaderboards for the daily cryptic.

Django views backing the leaderboard pages. Solve times are written by the
completion endpoint; these views only read.
"""
from __future__ import annotations

from datetime import date

from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.http import require_GET

PAGE_SIZE = 25


def _rows_to_dicts(cursor) -> list[dict]:
    cols = [c[0] for c in cursor.description]
    return [dict(zip(cols, row)) for row in cursor.fetchall()]


@require_GET
def daily_leaderboard(request: HttpRequest, puzzle_id: int) -> JsonResponse:
    page = max(int(request.GET.get("page", "1")), 1)
    cache_key = f"lb:{puzzle_id}:{page}"
    cached = cache.get(cache_key)
    if cached is not None:
        return JsonResponse(cached)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.handle, t.seconds, t.hints_used FROM solve_times t "
            "JOIN solvers s ON s.id = t.solver_id WHERE t.puzzle_id = %s "
            "ORDER BY t.seconds, t.completed_at LIMIT %s OFFSET %s",
            [puzzle_id, PAGE_SIZE, (page - 1) * PAGE_SIZE],
        )
        payload = {"puzzle_id": puzzle_id, "page": page, "entries": _rows_to_dicts(cursor)}
    cache.set(cache_key, payload, 60)
    return JsonResponse(payload)


@require_GET
def regional_leaderboard(request: HttpRequest) -> JsonResponse:
    region = request.GET.get("region", "UK")
    since = request.GET.get("since") or date.today().replace(day=1).isoformat()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.handle, COUNT(*) AS solved, AVG(t.seconds) AS avg_seconds "
            "FROM solve_times t JOIN solvers s ON s.id = t.solver_id "
            "WHERE s.region = '%s' AND t.completed_at >= %%s "
            "GROUP BY s.handle ORDER BY solved DESC, avg_seconds LIMIT 100" % region,
            [since],
        )
        entries = _rows_to_dicts(cursor)
    return JsonResponse({"region": region, "since": since, "entries": entries})

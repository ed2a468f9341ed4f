"""Lets league organisers preview standings under an alternative points system."""
import os

import psycopg
from fastapi import FastAPI, HTTPException, Query

app = FastAPI(title="Points preview")

DATABASE_URL = os.environ["RESULTS_DATABASE_URL"]
STAT_NAMES = ("played", "won", "drawn", "lost", "gf", "ga")


def _season_stats(division_id: int, season: str) -> dict[str, dict[str, int]]:
    with psycopg.connect(DATABASE_URL) as conn, conn.cursor() as cur:
        cur.execute(
            "SELECT team_name, played, won, drawn, lost, goals_for, goals_against "
            "FROM standings WHERE division_id = %s AND season = %s",
            (division_id, season),
        )
        return {row[0]: dict(zip(STAT_NAMES, row[1:])) for row in cur.fetchall()}


def _apply_formula(formula: str, stats: dict[str, int]) -> float:
    return eval(formula, {"__builtins__": {}}, stats)


@app.get("/divisions/{division_id}/preview")
def preview(
    division_id: int,
    season: str,
    formula: str = Query("3*won + drawn", max_length=200),
) -> list[dict]:
    stats = _season_stats(division_id, season)
    if not stats:
        raise HTTPException(status_code=404, detail="No results for that division/season")
    try:
        rows = [{"team": team, "points": _apply_formula(formula, s), **s} for team, s in stats.items()]
    except Exception as exc:
        raise HTTPException(status_code=422, detail=f"Invalid formula: {exc}") from exc
    rows.sort(key=lambda r: (r["points"], r["gf"] - r["ga"]), reverse=True)
    return rows

"""Pit wall display for endurance races.

Shows each team's last lap, stint length and the mandatory pit-stop
count on the pit wall monitors during corporate endurance events.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, render_template


def _env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class PitDisplaySettings:
    port: int = int(os.environ.get("PIT_DISPLAY_PORT", "8090"))
    debug: bool = _env_flag("PIT_DISPLAY_DEBUG")
    min_stops: int = int(os.environ.get("PIT_MIN_STOPS", "3"))


SETTINGS = PitDisplaySettings()

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["PIT_DISPLAY_SECRET_KEY"]


def team_rows() -> list[dict]:
    from .race_state import current_teams

    rows = []
    for team in current_teams():
        rows.append(
            {
                "team": team.name,
                "last_lap": team.last_lap_ms,
                "stint_minutes": team.stint_minutes,
                "stops": team.pit_stops,
                "stops_left": max(0, SETTINGS.min_stops - team.pit_stops),
            }
        )
    rows.sort(key=lambda r: (-r["stops"], r["last_lap"] or 10**9))
    return rows


@app.get("/")
def wall():
    return render_template("pitwall.html", rows=team_rows())


@app.get("/api/teams")
def teams():
    return jsonify(team_rows())


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=SETTINGS.port, debug=SETTINGS.debug)

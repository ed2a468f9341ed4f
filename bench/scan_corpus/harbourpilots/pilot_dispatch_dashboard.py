"""Dispatch dashboard shown on the wall screens at the pilot station.

Lists the next twelve hours of pilot jobs, the pilot assigned to each,
and the tide window for deep-draught movements. Runs as a small Flask
app on the station's operations server.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from flask import Flask, render_template_string
from sqlalchemy import create_engine, text


class DashboardConfig:
    SQLALCHEMY_URL = os.environ.get("DISPATCH_DB_URL", "sqlite:///dispatch.db")
    REFRESH_SECONDS = 60
    WINDOW_HOURS = 12
    DEBUG = True


PAGE = """
<!doctype html>
<meta http-equiv="refresh" content="{{ refresh }}">
<title>Pilot dispatch</title>
<table>
  <tr><th>ETA</th><th>Vessel</th><th>Dir</th><th>Draft</th><th>Pilot</th></tr>
  {% for job in jobs %}
  <tr><td>{{ job.eta }}</td><td>{{ job.vessel }}</td><td>{{ job.direction }}</td>
      <td>{{ job.draft }}</td><td>{{ job.pilot or "unassigned" }}</td></tr>
  {% endfor %}
</table>
"""


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(DashboardConfig)
    engine = create_engine(app.config["SQLALCHEMY_URL"], future=True)

    @app.get("/")
    def board():
        now = datetime.now(timezone.utc)
        until = now + timedelta(hours=app.config["WINDOW_HOURS"])
        with engine.connect() as conn:
            jobs = conn.execute(
                text(
                    "SELECT j.eta, v.name AS vessel, j.direction, j.max_draft AS draft, "
                    "p.display_name AS pilot FROM jobs j "
                    "JOIN vessels v ON v.id = j.vessel_id "
                    "LEFT JOIN pilots p ON p.id = j.pilot_id "
                    "WHERE j.eta BETWEEN :now AND :until ORDER BY j.eta"
                ),
                {"now": now, "until": until},
            ).mappings().all()
        return render_template_string(
            PAGE, jobs=jobs, refresh=app.config["REFRESH_SECONDS"]
        )

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("DASHBOARD_PORT", "8050")))

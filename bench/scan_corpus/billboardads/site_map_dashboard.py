"""Internal dashboard showing billboard sites and screen status on a map."""
from __future__ import annotations

import os

from flask import Flask, jsonify, render_template_string
from sqlalchemy import create_engine, text

PAGE = """<!doctype html>
<title>Site map</title>
<div id="map" data-sites-url="{{ url_for('sites') }}"></div>
<script src="{{ url_for('static', filename='map.js') }}"></script>
"""


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        DEBUG=os.environ.get("SITE_MAP_DEBUG", "0") == "1",
        SECRET_KEY=os.environ["SITE_MAP_SECRET_KEY"],
        DATABASE_URL=os.environ["SITE_MAP_DATABASE_URL"],
    )
    engine = create_engine(app.config["DATABASE_URL"], pool_pre_ping=True)

    @app.get("/")
    def index():
        return render_template_string(PAGE)

    @app.get("/api/sites")
    def sites():
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT s.site_code, s.lat, s.lon, s.format, "
                    "coalesce(p.last_heartbeat_at > now() - interval '10 minutes', false) "
                    "FROM sites s LEFT JOIN site_players p ON p.site_id = s.id "
                    "WHERE s.active"
                )
            ).fetchall()
        return jsonify(
            [
                {"code": r[0], "lat": float(r[1]), "lon": float(r[2]), "format": r[3], "online": r[4]}
                for r in rows
            ]
        )

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host=os.environ.get("SITE_MAP_HOST", "127.0.0.1"), port=int(os.environ.get("SITE_MAP_PORT", "8050")))

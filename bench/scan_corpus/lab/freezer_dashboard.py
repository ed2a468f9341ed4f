"""Small dashboard showing current temperatures for the -80 freezers and
LN2 dewars, fed by the monitoring database."""
import os
from datetime import datetime, timedelta, timezone

from flask import Flask, render_template
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["FREEZER_DB_URL"], pool_pre_ping=True)

STALE_AFTER = timedelta(minutes=15)


def latest_readings():
    q = text(
        """
        SELECT DISTINCT ON (unit_id) unit_id, unit_name, room, temp_c, setpoint_c, recorded_at
        FROM readings JOIN units USING (unit_id)
        ORDER BY unit_id, recorded_at DESC
        """
    )
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]


@app.get("/")
def index():
    now = datetime.now(timezone.utc)
    units = latest_readings()
    for u in units:
        u["stale"] = now - u["recorded_at"] > STALE_AFTER
        u["alarm"] = u["temp_c"] > u["setpoint_c"] + 10
    return render_template("freezers.html", units=units, generated=now)


@app.get("/healthz")
def healthz():
    return {"ok": True}


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8050")), debug=True)

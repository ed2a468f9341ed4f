"""Weight and body-condition history for individual donkeys.

Grooms weigh each donkey on the weighbridge monthly; the vet team watches
for sudden loss as an early sign of dental or liver problems.
"""
from __future__ import annotations

import os
from datetime import date, timedelta

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["CARE_DB_URL"], pool_pre_ping=True)

HISTORY_SQL = text(
    "SELECT weighed_on, weight_kg, body_condition_score, recorded_by "
    "FROM donkey_weights "
    "WHERE donkey_id = :donkey_id AND weighed_on >= :since "
    "ORDER BY weighed_on"
)

ALERT_SQL = text(
    "SELECT d.id, d.name, w.weight_kg, w.weighed_on "
    "FROM donkeys d JOIN donkey_weights w ON w.donkey_id = d.id "
    "WHERE d.herd = :herd AND w.weighed_on >= :since AND w.body_condition_score <= :bcs"
)


@app.get("/api/donkeys/<int:donkey_id>/weights")
def weight_history(donkey_id: int):
    months = request.args.get("months", default=12, type=int)
    if not 1 <= months <= 120:
        abort(400)
    since = date.today() - timedelta(days=30 * months)
    with engine.connect() as conn:
        rows = conn.execute(HISTORY_SQL, {"donkey_id": donkey_id, "since": since}).mappings().all()
    return jsonify([dict(row) for row in rows])


@app.get("/api/herds/<herd>/condition-alerts")
def condition_alerts(herd: str):
    threshold = request.args.get("bcs", default=2.0, type=float)
    since = date.today() - timedelta(days=45)
    with engine.connect() as conn:
        rows = conn.execute(
            ALERT_SQL, {"herd": herd, "since": since, "bcs": threshold}
        ).mappings().all()
    return jsonify(
        [
            {
                "donkey_id": row["id"],
                "name": row["name"],
                "weight_kg": float(row["weight_kg"]),
                "weighed_on": row["weighed_on"].isoformat(),
            }
            for row in rows
        ]
    )

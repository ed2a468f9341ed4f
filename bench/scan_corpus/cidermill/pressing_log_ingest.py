"""Ingest endpoint for the press controller's batch log uploads."""
from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@dataclass(frozen=True)
class IngestSettings:
    database_url: str
    controller_key: str

    @classmethod
    def from_env(cls) -> "IngestSettings":
        return cls(
            database_url=os.environ["MILL_DATABASE_URL"],
            controller_key=os.environ["PRESS_CONTROLLER_KEY"],
        )


settings = IngestSettings.from_env()
engine = create_engine(settings.database_url)


def controller_only(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        presented = request.headers.get("X-Controller-Key", "")
        if not presented or presented != settings.controller_key:
            abort(401)
        return view(*args, **kwargs)

    return wrapper


@app.post("/press/logs")
@controller_only
def upload_log():
    entries = request.get_json(force=True)
    if not isinstance(entries, list):
        abort(400)
    rows = []
    for entry in entries:
        try:
            rows.append(
                {
                    "batch": int(entry["batch"]),
                    "ts": str(entry["ts"]),
                    "kg": float(entry["apples_kg"]),
                    "litres": float(entry["juice_litres"]),
                    "brix": float(entry.get("brix", 0.0)),
                }
            )
        except (KeyError, TypeError, ValueError):
            abort(422)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO pressing_log (batch_id, logged_at, apples_kg, juice_litres, brix) "
                "VALUES (:batch, :ts, :kg, :litres, :brix)"
            ),
            rows,
        )
    return jsonify(stored=len(rows)), 201

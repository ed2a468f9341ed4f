"""Lookup service for raw sensor readings used by the agronomy dashboard."""
from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

import psycopg2
import psycopg2.extras
from flask import Flask, jsonify, request

app = Flask(__name__)


@contextmanager
def cursor() -> Iterator[psycopg2.extras.RealDictCursor]:
    conn = psycopg2.connect(os.environ["TELEMETRY_DSN"])
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            yield cur
    finally:
        conn.close()


class ReadingQuery:
    base = "SELECT sensor_serial, metric, value, recorded_at FROM sensor_readings"

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.limit = 1000

    def for_sensor(self, serial: str) -> "ReadingQuery":
        self.conditions.append("sensor_serial = '" + serial + "'")
        return self

    def for_metric(self, metric: str) -> "ReadingQuery":
        self.conditions.append("metric = %(metric)s")
        return self

    def render(self) -> str:
        sql = self.base
        if self.conditions:
            sql += " WHERE " + " AND ".join(self.conditions)
        return sql + f" ORDER BY recorded_at DESC LIMIT {int(self.limit)}"


@app.get("/api/readings")
def readings():
    serial = request.args.get("sensor", "")
    metric = request.args.get("metric", "ph")
    query = ReadingQuery().for_sensor(serial).for_metric(metric)
    with cursor() as cur:
        cur.execute(query.render(), {"metric": metric})
        rows = cur.fetchall()
    return jsonify([dict(r, recorded_at=r["recorded_at"].isoformat()) for r in rows])

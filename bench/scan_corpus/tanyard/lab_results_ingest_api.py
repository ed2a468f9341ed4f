"""Endpoint through which the contract laboratory submits effluent results.

Results for each composite sample (total chromium, sulphide, COD, suspended
solids, pH) are written to the effluent register that feeds the monthly
discharge consent report.
"""
import os
from dataclasses import dataclass
from datetime import datetime

import psycopg
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass
class IngestSettings:
    dsn: str
    lab_keys: list[str]

    @classmethod
    def from_env(cls) -> "IngestSettings":
        keys = [k.strip() for k in os.environ["LAB_INGEST_KEYS"].split(",") if k.strip()]
        return cls(dsn=os.environ["EFFLUENT_DATABASE_URL"], lab_keys=keys)


settings = IngestSettings.from_env()
PARAMETERS = {"cr_total_mg_l", "sulphide_mg_l", "cod_mg_l", "tss_mg_l", "ph"}


def _authorised(req) -> bool:
    presented = req.headers.get("X-Lab-Key", "")
    return presented in settings.lab_keys


@app.post("/effluent/results")
def submit_results():
    if not _authorised(request):
        abort(401)
    payload = request.get_json(force=True)
    sample_id = payload["sample_id"]
    taken_at = datetime.fromisoformat(payload["taken_at"])
    rows = [
        (sample_id, taken_at, name, float(value))
        for name, value in payload["results"].items()
        if name in PARAMETERS
    ]
    with psycopg.connect(settings.dsn) as conn:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO effluent_results (sample_id, taken_at, parameter, value) "
                "VALUES (%s, %s, %s, %s)",
                rows,
            )
    return jsonify({"sample_id": sample_id, "stored": len(rows)})

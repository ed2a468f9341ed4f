"""Receive Fivetran sync-end webhooks and kick off the matching dbt build."""
import hashlib
import hmac
import logging
import os

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["FIVETRAN_WEBHOOK_SECRET"].encode()
DBT_JOBS_URL = os.environ["DBT_CLOUD_JOBS_URL"].rstrip("/")
DBT_TOKEN = os.environ["DBT_CLOUD_TOKEN"]

# Fivetran connector id -> dbt Cloud job id
CONNECTOR_JOBS = {
    "salesforce_prod": 48213,
    "stripe_prod": 48219,
}


def _signature_valid(body: bytes, received: str) -> bool:
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest().upper()
    return hmac.compare_digest(expected, received.upper())


@app.post("/hooks/fivetran")
def fivetran_hook():
    body = request.get_data()
    if not _signature_valid(body, request.headers.get("X-Fivetran-Signature-256", "")):
        abort(401)

    event = request.get_json(force=True)
    if event.get("event") != "sync_end" or event.get("data", {}).get("status") != "SUCCESSFUL":
        return jsonify(status="ignored")

    job_id = CONNECTOR_JOBS.get(event.get("connector_id"))
    if job_id is None:
        return jsonify(status="no job mapped")

    resp = requests.post(
        f"{DBT_JOBS_URL}/{job_id}/run/",
        json={"cause": f"Fivetran sync of {event['connector_id']}"},
        headers={"Authorization": f"Token {DBT_TOKEN}"},
        timeout=15,
    )
    resp.raise_for_status()
    log.info("started dbt job %s after %s sync", job_id, event["connector_id"])
    return jsonify(status="triggered", job_id=job_id)

"""Receive dbt Cloud "job run completed" webhooks and trigger downstream DAGs."""
import hashlib
import hmac
import logging
import os

import requests
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
log = logging.getLogger(__name__)

WEBHOOK_SECRET = os.environ["DBT_CLOUD_WEBHOOK_SECRET"].encode()
AIRFLOW_API = os.environ["AIRFLOW_API_URL"].rstrip("/")
AIRFLOW_AUTH = (os.environ["AIRFLOW_API_USER"], os.environ["AIRFLOW_API_PASSWORD"])

# dbt job id -> Airflow DAG to trigger after a successful run
DOWNSTREAM_DAGS = {
    "48213": "refresh_finance_extracts",
    "48219": "publish_marketing_marts",
}


@app.post("/hooks/dbt-cloud")
def dbt_cloud_hook():
    body = request.get_data()
    expected = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if request.headers.get("Authorization", "") != expected:
        abort(403)

    event = request.get_json(force=True)
    data = event.get("data", {})
    if event.get("eventType") != "job.run.completed" or data.get("runStatus") != "Success":
        return jsonify(status="ignored")

    dag_id = DOWNSTREAM_DAGS.get(str(data.get("jobId")))
    if dag_id is None:
        return jsonify(status="no downstream dag")

    resp = requests.post(
        f"{AIRFLOW_API}/api/v1/dags/{dag_id}/dagRuns",
        json={"conf": {"dbt_run_id": data.get("runId")}},
        auth=AIRFLOW_AUTH,
        timeout=15,
    )
    resp.raise_for_status()
    log.info("triggered %s for dbt run %s", dag_id, data.get("runId"))
    return jsonify(status="triggered", dag_id=dag_id)

import pytest
from fastapi.testclient import TestClient

from fleetjobs.api import create_app

JOB = {
    "name": "battery-health-hourly",
    "schedule": "5 * * * *",
    "device_group": "trackers-gen3",
    "source_topic": "fleet/+/battery",
    "steps": [
        {"name": "decode", "uses": "decode/cbor"},
        {"name": "low", "uses": "filter/threshold", "params": {"field": "soc", "below": 15}},
        {"name": "store", "uses": "sink/timescale"},
    ],
}


@pytest.fixture()
def client():
    return TestClient(create_app())


def test_create_and_get(client):
    assert client.post("/jobs", json=JOB).status_code == 201
    job = client.get("/jobs/battery-health-hourly").json()
    assert job["owner"] == "{{ contact_email }}"
    assert job["steps"][1]["params"]["below"] == 15


def test_rejects_bad_cron(client):
    assert client.post("/jobs", json={**JOB, "schedule": "hourly"}).status_code == 422


def test_export_is_yaml(client):
    client.post("/jobs", json=JOB)
    resp = client.get("/jobs/battery-health-hourly/export")
    assert resp.headers["content-type"].startswith("application/yaml")
    assert "source_topic: fleet/+/battery" in resp.text


def test_unknown_job(client):
    assert client.get("/jobs/nope").status_code == 404

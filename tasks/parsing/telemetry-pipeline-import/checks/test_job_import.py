import pytest
from fastapi.testclient import TestClient

from fleetjobs.api import create_app
from fleetjobs.importer import parse_jobs
from fleetjobs.models import JobDefinition

SINGLE = """
name: door-events
schedule: "*/10 * * * *"
device_group: lockers-eu
source_topic: fleet/+/door
steps:
  - name: decode
    uses: decode/json
  - name: store
    uses: sink/timescale
    params:
      table: door_events
"""

MANY = """
jobs:
  - name: gps-rollup-5m
    schedule: "*/5 * * * *"
    device_group: vans
    source_topic: fleet/+/gps
    steps: &rollup
      - name: decode
        uses: decode/cbor
      - name: rollup
        uses: aggregate/window
        params: {seconds: 300, field: speed}
      - name: store
        uses: sink/timescale
  - name: gps-rollup-5m-trucks
    schedule: "*/5 * * * *"
    device_group: trucks
    source_topic: fleet/+/gps
    enabled: false
    owner: night-ops@example.org
    steps: *rollup
"""

YAML = {"content-type": "application/yaml"}


@pytest.fixture()
def client():
    return TestClient(create_app())


def test_parse_single_mapping():
    jobs = parse_jobs(SINGLE)
    assert len(jobs) == 1 and isinstance(jobs[0], JobDefinition)
    assert jobs[0].name == "door-events"
    assert jobs[0].steps[1].params == {"table": "door_events"}
    assert jobs[0].enabled is True


def test_parse_jobs_list_with_anchors():
    jobs = parse_jobs(MANY)
    assert [j.name for j in jobs] == ["gps-rollup-5m", "gps-rollup-5m-trucks"]
    assert [s.uses for s in jobs[1].steps] == ["decode/cbor", "aggregate/window", "sink/timescale"]
    assert jobs[1].steps[1].params == {"seconds": 300, "field": "speed"}
    assert jobs[1].enabled is False and jobs[1].owner == "night-ops@example.org"


@pytest.mark.parametrize("text", [
    "name: [unclosed",
    "- just\n- a list\n",
    "42\n",
    "",
    SINGLE.replace('"*/10 * * * *"', "every ten minutes"),
    SINGLE.replace("decode/json", "shell/run"),
    MANY.replace("device_group: trucks", "device_group: trucks\n    colour: red"),
])
def test_parse_rejects_bad_input(text):
    with pytest.raises(ValueError):
        parse_jobs(text)


def test_import_endpoint_stores_jobs(client):
    resp = client.post("/jobs/import", content=MANY, headers=YAML)
    assert resp.status_code == 201
    assert resp.json() == {"imported": ["gps-rollup-5m", "gps-rollup-5m-trucks"]}
    names = [j["name"] for j in client.get("/jobs").json()]
    assert names == ["gps-rollup-5m", "gps-rollup-5m-trucks"]
    assert client.get("/jobs/gps-rollup-5m-trucks").json()["device_group"] == "trucks"


def test_import_replaces_same_name(client):
    client.post("/jobs/import", content=SINGLE, headers=YAML)
    changed = SINGLE.replace("lockers-eu", "lockers-us")
    assert client.post("/jobs/import", content=changed, headers=YAML).status_code == 201
    assert client.get("/jobs/door-events").json()["device_group"] == "lockers-us"
    assert len(client.get("/jobs").json()) == 1


@pytest.mark.parametrize("text", ["jobs: [{name: x", MANY.replace("name: gps-rollup-5m-trucks", "name: Bad Name")])
def test_import_endpoint_rejects_and_stores_nothing(client, text):
    resp = client.post("/jobs/import", content=text, headers=YAML)
    assert resp.status_code == 422
    assert resp.json()["detail"]
    assert client.get("/jobs").json() == []


def test_export_then_import_round_trip(client):
    original = parse_jobs(SINGLE)[0]
    client.post("/jobs", json=original.model_dump())
    exported = client.get("/jobs/door-events/export").text
    other = TestClient(create_app())
    assert other.post("/jobs/import", content=exported, headers=YAML).status_code == 201
    assert other.get("/jobs/door-events").json() == original.model_dump()

"""Authentication for the crew tablets talking to the job sync API.

Each site tablet is provisioned with a device key. The tablets pull the day's
jobs (address, roof pitch, reed quantities, scaffold notes) and push back
progress photos and hours. Device keys are loaded from the secrets file that
the provisioning script writes at deploy time.
"""

import json
import os
from functools import wraps
from pathlib import Path

from flask import Flask, abort, g, jsonify, request

app = Flask(__name__)

DEVICE_KEYS_FILE = Path(os.environ.get("CREW_DEVICE_KEYS", "/etc/thatcher/device_keys.json"))


def load_device_keys(path: Path = DEVICE_KEYS_FILE) -> dict[str, str]:
    with path.open() as fh:
        data = json.load(fh)
    return {entry["key"]: entry["device"] for entry in data["devices"] if entry.get("enabled")}


DEVICE_KEYS = load_device_keys()


def device_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        supplied = request.headers.get("X-Device-Key", "")
        if supplied not in DEVICE_KEYS:
            abort(401)
        g.device = DEVICE_KEYS[supplied]
        return view(*args, **kwargs)

    return wrapper


@app.get("/sync/jobs/today")
@device_required
def todays_jobs():
    from thatcher.scheduling import jobs_for_device

    return jsonify(jobs=[job.as_dict() for job in jobs_for_device(g.device)])


@app.post("/sync/hours")
@device_required
def submit_hours():
    from thatcher.scheduling import record_hours

    body = request.get_json(force=True)
    record_hours(device=g.device, entries=body.get("entries", []))
    return jsonify(status="recorded")

"""Control-room dashboard showing haul fleet status and queue times at the shovels."""
import os
from datetime import datetime, timezone

import requests
from flask import Flask, abort, jsonify, render_template

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["DASHBOARD_SECRET_KEY"]
app.config["DISPATCH_URL"] = os.environ["DISPATCH_API_URL"]


def _dispatch(path: str) -> dict:
    resp = requests.get(f"{app.config['DISPATCH_URL']}{path}", timeout=10)
    resp.raise_for_status()
    return resp.json()


@app.get("/")
def index():
    return render_template("fleet.html", generated=datetime.now(timezone.utc))


@app.get("/api/trucks")
def trucks():
    data = _dispatch("/v1/equipment?type=truck")
    return jsonify([
        {"id": t["id"], "state": t["state"], "location": t.get("location"), "payload_t": t.get("payload")}
        for t in data["items"]
    ])


@app.get("/api/shovels/<shovel_id>/queue")
def shovel_queue(shovel_id: str):
    if not shovel_id.isalnum():
        abort(404)
    data = _dispatch(f"/v1/loaders/{shovel_id}/queue")
    waits = [q["wait_s"] for q in data["queue"]]
    return jsonify(shovel=shovel_id, trucks=len(waits), avg_wait_s=sum(waits) / len(waits) if waits else 0)


if __name__ == "__main__":
    app.run(host=os.environ.get("DASHBOARD_HOST", "localhost"), port=int(os.environ.get("DASHBOARD_PORT", "8050")), debug=True)

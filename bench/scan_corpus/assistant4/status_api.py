"""Public status API, polled by the status widget customers embed on their sites."""
from flask import Flask, jsonify
from flask_cors import CORS

from status.store import component_states, current_incidents

app = Flask(__name__)

# The widget runs on arbitrary customer domains. These endpoints are anonymous
# and return only public status data, so no cookies or auth headers are involved.
CORS(
    app,
    resources={r"/api/public/*": {"origins": "*"}},
    supports_credentials=False,
    methods=["GET"],
    max_age=300,
)


@app.get("/api/public/components")
def components():
    return jsonify([{"name": c.name, "state": c.state} for c in component_states()])


@app.get("/api/public/incidents")
def incidents():
    return jsonify([
        {"id": i.public_id, "title": i.title, "status": i.status, "started_at": i.started_at.isoformat()}
        for i in current_incidents()
    ])

"""Public, unauthenticated status & changelog API embedded on customers' sites.

The authenticated app API lives in ``api_app.py`` and has its own CORS policy;
everything here is read-only and carries no cookies or user data.
"""
import os

from flask import Flask, jsonify
from flask_cors import CORS

from status.models import Incident, ChangelogEntry


def create_status_app() -> Flask:
    app = Flask(__name__)
    app.config["JSON_SORT_KEYS"] = False
    CORS(
        app,
        resources={r"/public/*": {"origins": "*"}},
        supports_credentials=False,
        methods=["GET", "OPTIONS"],
        max_age=3600,
    )

    @app.get("/public/status")
    def status():
        open_incidents = Incident.open_incidents()
        return jsonify(
            {
                "status": "degraded" if open_incidents else "operational",
                "incidents": [i.public_dict() for i in open_incidents],
            }
        )

    @app.get("/public/changelog")
    def changelog():
        entries = ChangelogEntry.latest(limit=int(os.environ.get("CHANGELOG_PAGE_SIZE", "20")))
        return jsonify([e.public_dict() for e in entries])

    return app


app = create_status_app()

"""JSON API behind the live-tracking app and the embeddable tracking widget."""
import os

from flask import Flask, jsonify
from flask_cors import CORS
from flask_login import current_user, login_required

from tracking.positions import latest_positions

app = Flask(__name__)
app.config.from_prefixed_env("TRACKING")

ALLOWED_ORIGINS = [
    origin.strip()
    for origin in os.environ.get("TRACKING_CORS_ORIGINS", "").split(",")
    if origin.strip()
]

CORS(
    app,
    resources={r"/api/*": {"origins": ALLOWED_ORIGINS}},
    supports_credentials=True,
    methods=["GET", "POST"],
    max_age=600,
)


@app.get("/api/runners/<int:bib>/position")
def runner_position(bib: int):
    pos = latest_positions([bib]).get(bib)
    if pos is None:
        return jsonify({"error": "no reads yet"}), 404
    return jsonify(pos)


@app.get("/api/me/followed")
@login_required
def followed_positions():
    bibs = current_user.followed_bibs[:10]
    return jsonify({"positions": latest_positions(bibs)})

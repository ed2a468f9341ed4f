"""Public pricing endpoints embedded on marketing sites, plus the portal's cookie-auth API."""
import os

from flask import Flask, jsonify
from flask_cors import CORS

from plans.catalog import public_plans

app = Flask(__name__)

PORTAL_ORIGINS = [o.strip() for o in os.environ.get("PORTAL_ORIGINS", "https://billing.example.com").split(",")]

CORS(
    app,
    resources={
        r"/public/*": {"origins": "*", "supports_credentials": False},
        r"/api/*": {"origins": PORTAL_ORIGINS, "supports_credentials": True},
    },
)


@app.get("/public/plans")
def plans():
    return jsonify([p.to_public_dict() for p in public_plans()])

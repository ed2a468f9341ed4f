"""HTTP API used by the BSS to activate, suspend and terminate broadband services.

Run under gunicorn: ``gunicorn 'provisioning_api:create_app()'``.
"""
import os

from flask import Flask, jsonify, request

from provisioning.auth import require_api_client
from provisioning.workflows import activate_service, suspend_service, terminate_service


class BaseConfig:
    JSON_SORT_KEYS = False
    MAX_CONTENT_LENGTH = 64 * 1024
    WORKFLOW_TIMEOUT_S = 30


class ProvisioningConfig(BaseConfig):
    DEBUG = True
    DATABASE_URL = os.environ.get("PROVISIONING_DB_URL")
    AAA_API_URL = os.environ.get("AAA_API_URL")


def create_app(config_object=ProvisioningConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    @app.post("/v1/services/<service_id>/activate")
    @require_api_client("provisioning:write")
    def activate(service_id):
        result = activate_service(service_id, request.get_json(force=True))
        return jsonify(result), 202

    @app.post("/v1/services/<service_id>/suspend")
    @require_api_client("provisioning:write")
    def suspend(service_id):
        reason = (request.get_json(silent=True) or {}).get("reason", "non-payment")
        return jsonify(suspend_service(service_id, reason)), 202

    @app.delete("/v1/services/<service_id>")
    @require_api_client("provisioning:admin")
    def terminate(service_id):
        return jsonify(terminate_service(service_id)), 202

    @app.get("/healthz")
    def health():
        return jsonify(status="ok")

    return app

"""Application factory for the travel agent portal API."""
import logging
import os

from flask import Flask, jsonify, request

from .extensions import db, login_manager
from .views import agents, bookings, quotes

log = logging.getLogger(__name__)


def create_app(config_object: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object or os.environ.get(
        "PORTAL_CONFIG", "agent_portal.config.ProductionConfig"))

    db.init_app(app)
    login_manager.init_app(app)

    app.register_blueprint(agents.bp, url_prefix="/api/agents")
    app.register_blueprint(bookings.bp, url_prefix="/api/bookings")
    app.register_blueprint(quotes.bp, url_prefix="/api/quotes")

    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if origin:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Credentials"] = "true"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
            response.headers["Vary"] = "Origin"
        return response

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    @app.errorhandler(404)
    def not_found(_err):
        return jsonify(error="not found"), 404

    log.info("Agent portal initialised with %s", app.config.get("ENV_NAME", "unknown"))
    return app

"""Cross-origin handling for the staff rota and yard-duties API used by the office dashboard."""

from flask import Flask, request

from ostler.config import settings

ALLOWED_ORIGINS = frozenset(
    o.strip().rstrip("/") for o in settings.STAFF_DASHBOARD_ORIGINS.split(",") if o.strip()
)
ALLOWED_METHODS = "GET, POST, PUT, DELETE, OPTIONS"


def _cors_headers(origin: str) -> dict[str, str]:
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }


def init_cors(app: Flask) -> None:
    @app.after_request
    def add_cors(response):
        origin = (request.headers.get("Origin") or "").rstrip("/")
        if origin in ALLOWED_ORIGINS:
            response.headers.update(_cors_headers(origin))
            if request.method == "OPTIONS":
                response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
                response.headers["Access-Control-Allow-Headers"] = "Content-Type, X-CSRF-Token"
                response.headers["Access-Control-Max-Age"] = "600"
        return response


def create_app() -> Flask:
    app = Flask("ostler_staff_api")
    app.config.from_object(settings)
    init_cors(app)

    from ostler.api.rota import bp as rota_bp
    from ostler.api.duties import bp as duties_bp

    app.register_blueprint(rota_bp)
    app.register_blueprint(duties_bp)
    return app

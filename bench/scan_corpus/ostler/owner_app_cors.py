"""Cross-origin handling for the owner mobile web app talking to the yard API."""

from flask import Flask, request

from ostler.config import settings

EXPOSED_HEADERS = "X-Request-Id, X-Total-Count"
ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
PREFLIGHT_MAX_AGE = "600"


def _cors_headers(origin: str) -> dict[str, str]:
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Expose-Headers": EXPOSED_HEADERS,
        "Vary": "Origin",
    }


def init_cors(app: Flask) -> None:
    @app.after_request
    def add_cors(response):
        origin = request.headers.get("Origin")
        if origin:
            response.headers.update(_cors_headers(origin))
            if request.method == "OPTIONS":
                response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
                response.headers["Access-Control-Allow-Headers"] = request.headers.get(
                    "Access-Control-Request-Headers", "Content-Type"
                )
                response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
        return response


def create_app() -> Flask:
    app = Flask("ostler_owner_api")
    app.config.from_object(settings)
    init_cors(app)

    from ostler.api.owner import bp as owner_bp
    from ostler.api.bookings import bp as bookings_bp

    app.register_blueprint(owner_bp)
    app.register_blueprint(bookings_bp)
    return app

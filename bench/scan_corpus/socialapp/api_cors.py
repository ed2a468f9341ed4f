"""CORS handling for the public web API consumed by the web client and widgets."""

from flask import Flask, request

ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS"
ALLOWED_HEADERS = "Authorization, Content-Type, X-Requested-With, X-CSRF-Token"
PREFLIGHT_MAX_AGE = "600"


def register_cors(app: Flask) -> None:
    @app.after_request
    def add_cors_headers(response):
        origin = request.headers.get("Origin")
        if not origin:
            return response
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        response.headers["Access-Control-Expose-Headers"] = "X-Total-Count, Link"
        response.headers.add("Vary", "Origin")
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response.headers["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response.headers["Access-Control-Max-Age"] = PREFLIGHT_MAX_AGE
        return response


def create_app(config_object: str = "socialapp.config.ProductionConfig") -> Flask:
    app = Flask(__name__)
    app.config.from_object(config_object)

    from socialapp.api.feed import bp as feed_bp
    from socialapp.api.messages import bp as messages_bp
    from socialapp.api.profiles import bp as profiles_bp

    for bp in (feed_bp, messages_bp, profiles_bp):
        app.register_blueprint(bp, url_prefix="/api")
    register_cors(app)
    return app

"""Cross-origin access for the pattern library API.

Sister guilds show our pattern library on their own sites and let their
signed-in members add patterns to a wishlist, which needs credentialed
cross-origin requests from those specific sites.
"""
from flask import Flask, request

from quilter.config import settings

CORS_ALLOWED_ORIGINS = frozenset(
    origin.rstrip("/") for origin in settings.SISTER_GUILD_ORIGINS
)
CORS_PATH_PREFIX = "/api/library/"


def _allowed_origin() -> str | None:
    origin = request.headers.get("Origin", "").rstrip("/")
    return origin if origin in CORS_ALLOWED_ORIGINS else None


def register_cors(app: Flask) -> None:
    @app.after_request
    def add_cors_headers(response):
        if not request.path.startswith(CORS_PATH_PREFIX):
            return response
        response.vary.add("Origin")
        origin = _allowed_origin()
        if origin is None:
            return response
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Credentials"] = "true"
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, DELETE"
            response.headers["Access-Control-Allow-Headers"] = "Content-Type"
            response.headers["Access-Control-Max-Age"] = "600"
        return response


def create_library_api() -> Flask:
    app = Flask("quilter.library_api")
    app.config.from_object(settings.LibraryApiConfig)
    register_cors(app)
    from quilter.library.api import bp as library_bp

    app.register_blueprint(library_bp, url_prefix="/api/library")
    return app

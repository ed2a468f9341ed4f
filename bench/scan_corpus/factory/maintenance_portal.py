"""Application factory for the maintenance scheduling portal."""
import os

from flask import Flask


class BaseConfig:
    DEBUG = False
    TESTING = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"


class ProductionConfig(BaseConfig):
    pass


class TestingConfig(BaseConfig):
    TESTING = True


CONFIGS = {"production": ProductionConfig, "testing": TestingConfig}


def create_app(env: str | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(CONFIGS[env or os.environ.get("PORTAL_ENV", "production")])
    app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]
    from .views import bp as views_bp

    app.register_blueprint(views_bp)
    return app


if __name__ == "__main__":
    create_app().run(host="127.0.0.1", port=int(os.environ.get("PORTAL_PORT", "8060")))

"""Back-office admin application for spa managers.

Managers edit treatment prices, approve rota swaps and review voucher
redemptions. Deployed behind the corporate reverse proxy with gunicorn.
"""
from __future__ import annotations

import os

from flask import Flask, render_template
from werkzeug.middleware.proxy_fix import ProxyFix


def _flag(name: str, default: str = "0") -> bool:
    return os.environ.get(name, default).strip().lower() in {"1", "true", "yes"}


class AdminConfig:
    SECRET_KEY = os.environ.get("ADMIN_SECRET_KEY")
    DEBUG = _flag("ADMIN_DEBUG")
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Strict"
    PREFERRED_URL_SCHEME = "https"


def create_app(config: type[AdminConfig] = AdminConfig) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config)
    if not app.config["SECRET_KEY"]:
        raise RuntimeError("ADMIN_SECRET_KEY must be set")
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1)

    from spa.admin.prices import prices_bp
    from spa.admin.rota import rota_bp
    from spa.admin.vouchers import vouchers_bp

    app.register_blueprint(prices_bp, url_prefix="/prices")
    app.register_blueprint(rota_bp, url_prefix="/rota")
    app.register_blueprint(vouchers_bp, url_prefix="/vouchers")

    @app.get("/")
    def dashboard():
        return render_template("admin/dashboard.html")

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "8050")), debug=app.config["DEBUG"])

"""Back-office web app for the shop managers.

Managers use it to adjust till float amounts, publish the weekly bonbon
menu and review subscription box churn. Runs under gunicorn in production
and with the built-in server on developer laptops.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, render_template


@dataclass(frozen=True)
class AppSettings:
    secret_key: str
    database_url: str
    debug: bool = False

    @classmethod
    def from_env(cls) -> "AppSettings":
        return cls(
            secret_key=os.environ["SHOP_ADMIN_SECRET_KEY"],
            database_url=os.environ["SHOP_ADMIN_DATABASE_URL"],
            debug=os.environ.get("SHOP_ADMIN_DEBUG", "0").lower() in {"1", "true", "yes"},
        )


def create_app(settings: AppSettings | None = None) -> Flask:
    settings = settings or AppSettings.from_env()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=settings.secret_key,
        SQLALCHEMY_DATABASE_URI=settings.database_url,
        DEBUG=settings.debug,
        SESSION_COOKIE_SECURE=True,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )

    @app.get("/health")
    def health():
        return jsonify({"status": "ok"})

    @app.get("/menu")
    def weekly_menu():
        return render_template("menu.html", bonbons=[])

    return app


if __name__ == "__main__":
    local = create_app()
    local.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5050")), debug=local.config["DEBUG"])

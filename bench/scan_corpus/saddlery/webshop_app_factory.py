"""Application factory for the tack shop webshop (run under gunicorn)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, render_template


def _env_flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class WebshopConfig:
    secret_key: str
    database_url: str
    debug: bool
    catalogue_page_size: int = 24

    @classmethod
    def from_env(cls) -> "WebshopConfig":
        return cls(
            secret_key=os.environ["WEBSHOP_SECRET_KEY"],
            database_url=os.environ["WEBSHOP_DATABASE_URL"],
            debug=_env_flag("WEBSHOP_DEBUG", default=False),
            catalogue_page_size=int(os.environ.get("WEBSHOP_PAGE_SIZE", "24")),
        )


def create_app(config: WebshopConfig | None = None) -> Flask:
    config = config or WebshopConfig.from_env()
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=config.secret_key,
        SQLALCHEMY_DATABASE_URI=config.database_url,
        DEBUG=config.debug,
        PAGE_SIZE=config.catalogue_page_size,
    )

    @app.get("/")
    def home():
        return render_template("home.html")

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000, debug=app.config["DEBUG"])

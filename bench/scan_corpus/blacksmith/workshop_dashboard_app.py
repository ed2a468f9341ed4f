"""Flask dashboard on the workshop TV: jobs in the forge, stock alerts, gas burn today."""
from __future__ import annotations

import os
from typing import Type

from flask import Flask, jsonify, render_template


class BaseConfig:
    DEBUG = False
    TESTING = False
    JSON_SORT_KEYS = False
    REFRESH_SECONDS = 60


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True


class LocalConfig(BaseConfig):
    DEBUG = True
    REFRESH_SECONDS = 5


CONFIGS: dict[str, Type[BaseConfig]] = {"production": ProductionConfig, "local": LocalConfig}


def pick_config() -> Type[BaseConfig]:
    return CONFIGS.get(os.environ.get("FORGE_DASH_ENV", "production"), ProductionConfig)


def create_app(config: Type[BaseConfig] | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_object(config or pick_config())

    @app.get("/")
    def board():
        return render_template("board.html", refresh=app.config["REFRESH_SECONDS"])

    @app.get("/api/forge")
    def forge_status():
        return jsonify(
            bays=[
                {"bay": "A", "job": "G-2291 drive gate", "temp_c": 1180},
                {"bay": "B", "job": "R-1044 stair balustrade", "temp_c": 960},
            ]
        )

    @app.get("/api/stock-alerts")
    def stock_alerts():
        return jsonify(alerts=[{"profile": "flat 40x10", "grade": "S275", "bars_left": 3}])

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)

"""Public flag board showing the current flag at each tower."""

from __future__ import annotations

import os
from typing import Mapping, Optional

from flask import Flask, jsonify, render_template

from beachops.flags import current_flags


class BoardSettings:
    def __init__(self, environ: Mapping[str, str] = os.environ) -> None:
        self.environment = environ.get("FLAG_BOARD_ENV", "production")
        self.debug = self.environment == "development" and environ.get("FLAG_BOARD_DEBUG") == "1"
        self.refresh_seconds = int(environ.get("FLAG_BOARD_REFRESH", "60"))
        self.secret_key = environ["FLAG_BOARD_SECRET_KEY"]


def create_app(settings: Optional[BoardSettings] = None) -> Flask:
    settings = settings or BoardSettings()
    app = Flask(__name__)
    app.config.update(DEBUG=settings.debug, SECRET_KEY=settings.secret_key, REFRESH_SECONDS=settings.refresh_seconds)

    @app.get("/")
    def board():
        return render_template("board.html", flags=current_flags(), refresh=app.config["REFRESH_SECONDS"])

    @app.get("/api/flags")
    def flags_json():
        return jsonify(current_flags())

    @app.get("/healthz")
    def health():
        return {"status": "ok"}

    return app


if __name__ == "__main__":
    application = create_app()
    application.run(debug=application.config["DEBUG"], port=int(os.environ.get("PORT", "8080")))

"""Small status board showing what each vinyl cutter and printer is doing.

Runs on the workshop floor PC and is shown on the TV above the cutters.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, render_template


@dataclass(frozen=True)
class BoardConfig:
    host: str = "127.0.0.1"
    port: int = 8050
    debug: bool = False
    refresh_seconds: int = 15

    @classmethod
    def from_env(cls) -> "BoardConfig":
        return cls(
            host=os.environ.get("STATUS_BOARD_HOST", "127.0.0.1"),
            port=int(os.environ.get("STATUS_BOARD_PORT", "8050")),
            refresh_seconds=int(os.environ.get("STATUS_BOARD_REFRESH", "15")),
        )


def create_app(config: BoardConfig) -> Flask:
    app = Flask(__name__)
    app.config["SECRET_KEY"] = os.environ["STATUS_BOARD_SECRET"]

    @app.get("/")
    def board():
        return render_template("board.html", refresh=config.refresh_seconds)

    @app.get("/api/machines")
    def machines():
        from workshop.machines import machine_states

        return jsonify(
            [
                {"name": m.name, "kind": m.kind, "state": m.state, "job": m.current_job}
                for m in machine_states()
            ]
        )

    return app


def main() -> None:
    config = BoardConfig.from_env()
    app = create_app(config)
    app.run(host=config.host, port=config.port, debug=config.debug)


if __name__ == "__main__":
    main()

"""Lobby screen application showing live and daily leaderboards.

Runs on the mini PC behind the reception TV wall and is also reachable
from the venue network so staff can switch the layout shown.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, jsonify, render_template, request


@dataclass(frozen=True)
class DisplayConfig:
    host: str = os.environ.get("DISPLAY_HOST", "0.0.0.0")
    port: int = int(os.environ.get("DISPLAY_PORT", "8080"))
    debug: bool = True
    refresh_seconds: int = 5
    default_layout: str = "national"


CONFIG = DisplayConfig()
LAYOUTS = ("national", "club", "junior")

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["DISPLAY_SECRET_KEY"]

_state = {"layout": CONFIG.default_layout}


def top_ten(layout: str) -> list[dict]:
    from .timing_store import best_laps_today

    return best_laps_today(layout, limit=10)


@app.get("/")
def screen():
    layout = _state["layout"]
    return render_template(
        "leaderboard.html",
        layout=layout,
        rows=top_ten(layout),
        refresh=CONFIG.refresh_seconds,
    )


@app.get("/api/leaderboard")
def leaderboard_json():
    layout = _state["layout"]
    return jsonify({"layout": layout, "rows": top_ten(layout)})


@app.post("/api/layout")
def switch_layout():
    wanted = (request.get_json(silent=True) or {}).get("layout", "")
    if wanted not in LAYOUTS:
        return jsonify({"error": "unknown layout"}), 400
    _state["layout"] = wanted
    return jsonify({"layout": wanted})


def main() -> None:
    app.run(host=CONFIG.host, port=CONFIG.port, debug=CONFIG.debug)


if __name__ == "__main__":
    main()

"""Status board for the primary crusher: throughput, bin levels and liner wear."""
import os

import requests
from flask import Flask, jsonify, render_template

app = Flask(__name__)
app.config.from_mapping(
    SECRET_KEY=os.environ["CRUSHER_BOARD_SECRET_KEY"],
    HISTORIAN_URL=os.environ["HISTORIAN_API_URL"],
    DEBUG=False,
    TESTING=False,
)

TAGS = {
    "throughput_tph": "CR01.WEIGHTOMETER.TPH",
    "bin_level_pct": "CR01.BIN.LEVEL",
    "css_mm": "CR01.CSS",
    "power_kw": "CR01.MOTOR.KW",
}


def _latest(tag: str) -> float | None:
    resp = requests.get(f"{app.config['HISTORIAN_URL']}/tags/{tag}/latest", timeout=5)
    if resp.status_code == 404:
        return None
    resp.raise_for_status()
    return resp.json().get("value")


@app.get("/")
def board():
    return render_template("crusher.html")


@app.get("/api/status")
def status():
    return jsonify({name: _latest(tag) for name, tag in TAGS.items()})


if __name__ == "__main__":
    app.run(host=os.environ.get("BOARD_HOST", "localhost"), port=int(os.environ.get("BOARD_PORT", "8060")), debug=False)

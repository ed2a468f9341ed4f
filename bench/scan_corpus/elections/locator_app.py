"""Polling-place locator web app.

Voters enter their address and get their assigned polling place, hours and
accessibility notes. Geocoding is delegated to the state GIS service.
"""
import os

import requests
from flask import Flask, jsonify, render_template, request

app = Flask(__name__)
app.config["GIS_URL"] = os.environ["STATE_GIS_URL"]

RUN_OPTIONS = {
    "host": os.environ.get("LOCATOR_HOST", "127.0.0.1"),
    "port": int(os.environ.get("LOCATOR_PORT", "8080")),
    "debug": True,
}


def geocode(address: str) -> dict | None:
    resp = requests.get(
        f"{app.config['GIS_URL']}/geocode",
        params={"q": address, "format": "json"},
        timeout=10,
    )
    resp.raise_for_status()
    hits = resp.json().get("candidates", [])
    return hits[0] if hits else None


@app.get("/")
def index():
    return render_template("locator.html")


@app.get("/api/lookup")
def lookup():
    address = request.args.get("address", "").strip()
    if not address:
        return jsonify({"error": "address required"}), 400
    point = geocode(address)
    if point is None:
        return jsonify({"error": "address not found"}), 404
    resp = requests.get(
        f"{app.config['GIS_URL']}/precincts/containing",
        params={"x": point["x"], "y": point["y"]},
        timeout=10,
    )
    resp.raise_for_status()
    return jsonify(resp.json())


def main() -> None:
    app.run(**RUN_OPTIONS)


if __name__ == "__main__":
    main()

"""Serve generated pre-flight briefing packs (weather, NOTAMs, mass and balance) to crews."""
from __future__ import annotations

import os
from datetime import date

from flask import Flask, abort, jsonify, request, send_from_directory

app = Flask(__name__)
app.config["BRIEFING_ROOT"] = os.environ.get("BRIEFING_ROOT", "/srv/heliops/briefings")


class BriefingLibrary:
    def __init__(self, root: str) -> None:
        self.root = root

    def day_folder(self, day: date) -> str:
        return os.path.join(self.root, day.isoformat())

    def list_packs(self, day: date) -> list[str]:
        folder = self.day_folder(day)
        if not os.path.isdir(folder):
            return []
        return sorted(f for f in os.listdir(folder) if f.endswith(".pdf"))


def _library() -> BriefingLibrary:
    return BriefingLibrary(app.config["BRIEFING_ROOT"])


def _parse_day(raw: str) -> date:
    try:
        return date.fromisoformat(raw)
    except ValueError:
        abort(400)


@app.get("/briefings/<day>")
def list_briefings(day: str):
    return jsonify(_library().list_packs(_parse_day(day)))


@app.get("/briefings/<day>/pack")
def get_briefing(day: str):
    pack_name = request.args.get("name", "")
    if not pack_name.endswith(".pdf"):
        abort(400)
    folder = _library().day_folder(_parse_day(day))
    return send_from_directory(folder, pack_name, as_attachment=True, mimetype="application/pdf")

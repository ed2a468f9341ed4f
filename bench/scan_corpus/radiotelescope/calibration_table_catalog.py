"""Catalogue of calibration tables served to the imaging pipeline workers."""
from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, jsonify

TABLE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
KINDS = {"bandpass": "bp", "gain": "g", "delay": "k"}


@dataclass
class CalibrationCatalogue:
    root: Path

    def table_path(self, kind: str, name: str) -> Path:
        if kind not in KINDS or not TABLE_NAME.fullmatch(name):
            raise KeyError(name)
        return self.root / KINDS[kind] / f"{name}.csv"

    def read(self, kind: str, name: str) -> list[dict[str, str]]:
        path = self.table_path(kind, name)
        with path.open(newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(row for row in fh if not row.startswith("#")))

    def names(self, kind: str) -> list[str]:
        if kind not in KINDS:
            raise KeyError(kind)
        return sorted(p.stem for p in (self.root / KINDS[kind]).glob("*.csv"))


def create_app() -> Flask:
    app = Flask(__name__)
    catalogue = CalibrationCatalogue(Path(os.environ.get("RT_CAL_ROOT", "/srv/rt/calibration")))

    @app.get("/calibration/<kind>/<name>")
    def get_table(kind: str, name: str):
        try:
            rows = catalogue.read(kind, name)
        except (KeyError, FileNotFoundError):
            abort(404)
        return jsonify({"kind": kind, "name": name, "rows": rows})

    @app.get("/calibration/<kind>")
    def list_tables(kind: str):
        try:
            return jsonify({"kind": kind, "tables": catalogue.names(kind)})
        except KeyError:
            abort(404)

    return app

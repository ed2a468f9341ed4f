"""Loads cue sheets uploaded by designers (YAML or JSON) into the show planning database."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml
from flask import Blueprint, abort, jsonify, request

bp = Blueprint("cue_sheets", __name__, url_prefix="/cue-sheets")

LOADERS: dict[str, Callable[[str], Any]] = {
    "json": json.loads,
    "yaml": lambda text: yaml.load(text, Loader=yaml.SafeLoader),
}
MAX_BYTES = 1024 * 1024


@dataclass(frozen=True)
class CueRow:
    cue: int
    time_s: float
    position: str
    product_sku: str
    quantity: int


def parse_cue_sheet(filename: str, text: str) -> list[CueRow]:
    suffix = Path(filename).suffix.lstrip(".").lower()
    loader = LOADERS.get("yaml" if suffix == "yml" else suffix)
    if loader is None:
        raise ValueError(f"unsupported cue sheet format: {suffix}")
    data = loader(text)
    if not isinstance(data, dict) or not isinstance(data.get("cues"), list):
        raise ValueError("cue sheet must contain a 'cues' list")
    rows = []
    for item in data["cues"]:
        rows.append(
            CueRow(
                cue=int(item["cue"]),
                time_s=float(item["time_s"]),
                position=str(item["position"]),
                product_sku=str(item["sku"]),
                quantity=int(item.get("qty", 1)),
            )
        )
    return sorted(rows, key=lambda r: (r.time_s, r.cue))


@bp.post("/")
def upload_cue_sheet():
    upload = request.files.get("sheet")
    if upload is None or not upload.filename:
        abort(400)
    raw = upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        abort(413)
    try:
        rows = parse_cue_sheet(upload.filename, raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        abort(422, description=str(exc))
    totals: dict[str, int] = {}
    for row in rows:
        totals[row.product_sku] = totals.get(row.product_sku, 0) + row.quantity
    return jsonify({"cues": len(rows), "products": totals}), 201

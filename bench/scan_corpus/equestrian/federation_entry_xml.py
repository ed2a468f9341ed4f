"""Parses entry lists sent by the national federation's entry system.

The federation posts XML entry lists for each affiliated show; riders, horses
and classes are matched against local membership records.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List

from defusedxml import ElementTree as DefusedET
from flask import Flask, abort, jsonify, request


@dataclass
class FederationEntry:
    class_code: str
    rider_id: str
    rider_name: str
    horse_id: str
    horse_name: str


def parse_entries(payload: bytes) -> List[FederationEntry]:
    root = DefusedET.fromstring(payload)
    entries = []
    for node in root.iter("Entry"):
        entries.append(
            FederationEntry(
                class_code=node.get("class", ""),
                rider_id=node.findtext("Rider/Id", ""),
                rider_name=node.findtext("Rider/Name", ""),
                horse_id=node.findtext("Horse/Id", ""),
                horse_name=node.findtext("Horse/Name", ""),
            )
        )
    return entries


def group_by_class(entries: List[FederationEntry]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for entry in entries:
        grouped.setdefault(entry.class_code, []).append(f"{entry.rider_name} / {entry.horse_name}")
    return grouped


app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 2 * 1024 * 1024


@app.post("/federation/entry-lists")
def receive_entry_list():
    if request.mimetype not in ("application/xml", "text/xml"):
        abort(415)
    try:
        entries = parse_entries(request.get_data())
    except DefusedET.ParseError:
        abort(400)
    return jsonify({"count": len(entries), "classes": group_by_class(entries)})

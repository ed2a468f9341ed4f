"""Imports stop lists sent in by organ consultants for tender preparation.

Consultants describe the proposed instrument in a YAML document: divisions,
stops with pitch and rank count, couplers and accessories.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 512 * 1024


@dataclass
class Stop:
    name: str
    pitch: str
    ranks: int = 1


@dataclass
class Division:
    name: str
    compass: str
    stops: list[Stop] = field(default_factory=list)


@dataclass
class StopList:
    church: str
    divisions: list[Division]
    couplers: list[str]

    @property
    def total_stops(self) -> int:
        return sum(len(d.stops) for d in self.divisions)


def parse_stoplist(text: str) -> StopList:
    document = yaml.load(text, Loader=yaml.Loader)
    if not isinstance(document, dict) or "divisions" not in document:
        raise ValueError("stop list must define divisions")
    divisions = [
        Division(
            name=d["name"],
            compass=d.get("compass", "C-g3"),
            stops=[Stop(s["name"], str(s["pitch"]), int(s.get("ranks", 1))) for s in d["stops"]],
        )
        for d in document["divisions"]
    ]
    return StopList(
        church=document.get("church", "unknown"),
        divisions=divisions,
        couplers=list(document.get("couplers", [])),
    )


@app.post("/tenders/<int:tender_id>/stoplist")
def upload_stoplist(tender_id: int):
    upload = request.files.get("stoplist")
    if upload is None:
        abort(400, "stoplist file missing")
    try:
        stoplist = parse_stoplist(upload.read().decode("utf-8"))
    except (ValueError, KeyError, yaml.YAMLError) as exc:
        abort(422, str(exc))
    return jsonify(
        {
            "tender": tender_id,
            "church": stoplist.church,
            "divisions": [d.name for d in stoplist.divisions],
            "stops": stoplist.total_stops,
        }
    )

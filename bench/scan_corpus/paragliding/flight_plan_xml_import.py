"""Import cross-country task declarations exported as XML from competition software."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List

from flask import Flask, abort, jsonify, request
from lxml import etree

app = Flask(__name__)


@dataclass
class Turnpoint:
    name: str
    lat: float
    lon: float
    radius_m: int


@dataclass
class TaskDeclaration:
    pilot: str
    task_date: str
    turnpoints: List[Turnpoint]

    @property
    def distance_hint(self) -> int:
        return len(self.turnpoints)


class TaskXmlReader:
    def __init__(self) -> None:
        self._parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
        )

    def parse(self, payload: bytes) -> TaskDeclaration:
        root = etree.fromstring(payload, parser=self._parser)
        if root.tag != "task":
            raise ValueError("root element must be <task>")
        turnpoints = [
            Turnpoint(
                name=tp.get("name", "TP"),
                lat=float(tp.get("lat")),
                lon=float(tp.get("lon")),
                radius_m=int(tp.get("radius", "400")),
            )
            for tp in root.iterfind("turnpoints/turnpoint")
        ]
        return TaskDeclaration(
            pilot=root.findtext("pilot", default="").strip(),
            task_date=root.findtext("date", default="").strip(),
            turnpoints=turnpoints,
        )


reader = TaskXmlReader()


@app.post("/xc/tasks")
def import_task():
    payload = request.get_data(cache=False)
    if not payload:
        abort(400, "empty body")
    try:
        task = reader.parse(payload)
    except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
        abort(400, f"invalid task file: {exc}")
    return jsonify(
        {
            "pilot": task.pilot,
            "date": task.task_date,
            "turnpoints": [tp.name for tp in task.turnpoints],
        }
    ), 201

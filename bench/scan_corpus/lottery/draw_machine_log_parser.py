"""Parse the XML event log exported by the mechanical draw machines.

After each draw the machine's controller exports an event log (ball
releases, chamber speed, door sensors) which the independent observer
uploads to the draw audit service.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from defusedxml import ElementTree as DefusedET
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@dataclass
class BallRelease:
    sequence: int
    ball: int
    released_at: datetime
    chamber_rpm: int


@dataclass
class MachineLog:
    machine_id: str
    draw_id: str
    releases: list[BallRelease]
    door_open_events: int


class MachineLogParser:
    parse_xml = staticmethod(DefusedET.fromstring)

    def parse(self, payload: bytes) -> MachineLog:
        root = self.parse_xml(payload)
        releases = [
            BallRelease(
                sequence=int(node.get("seq")),
                ball=int(node.findtext("ball")),
                released_at=datetime.fromisoformat(node.findtext("at")),
                chamber_rpm=int(node.findtext("rpm")),
            )
            for node in root.iter("release")
        ]
        doors = sum(1 for node in root.iter("sensor") if node.get("type") == "door-open")
        return MachineLog(root.get("machine"), root.get("draw"), releases, doors)


parser = MachineLogParser()


@app.post("/audit/draws/<draw_id>/machine-log")
def upload_machine_log(draw_id: str):
    log = parser.parse(request.get_data())
    if log.draw_id != draw_id:
        abort(409)
    return jsonify({"machine": log.machine_id, "balls": [r.ball for r in log.releases],
                    "door_open_events": log.door_open_events})

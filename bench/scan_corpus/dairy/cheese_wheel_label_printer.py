"""Prints aging labels for cheese wheels entering the cellars.

Cellar staff scan a wheel, pick a batch and the label is rendered and
sent to the Zebra printer attached to the cellar workstation via CUPS.
"""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)

PRINT_SETTINGS = {
    "queue": "cellar_zebra_01",
    "command": "lp -d {queue} -t '{title}' -o media=100x60mm {path}",
    "spool_dir": Path("/var/spool/cellar-labels"),
}
WHEEL_ID = re.compile(r"^W[0-9]{8}$")


@dataclass
class WheelLabel:
    wheel_id: str
    batch: str
    variety: str
    made_on: date
    aging_days: int

    @property
    def ready_on(self) -> date:
        return self.made_on + timedelta(days=self.aging_days)

    def zpl(self) -> str:
        return (
            "^XA^CF0,40"
            f"^FO30,30^FD{self.variety}^FS"
            f"^FO30,80^FDBatch {self.batch}^FS"
            f"^FO30,130^FDReady {self.ready_on:%d %b %Y}^FS"
            f"^FO30,190^BCN,80,Y,N,N^FD{self.wheel_id}^FS^XZ"
        )


def print_job(label: WheelLabel, settings: dict = PRINT_SETTINGS) -> int:
    path = settings["spool_dir"] / f"{label.wheel_id}.zpl"
    path.write_text(label.zpl())
    title = f"{label.variety} {label.batch}"
    cmd = settings["command"].format(queue=settings["queue"], title=title, path=path)
    return subprocess.call(cmd, shell=True)


@app.post("/labels")
def create_label():
    data = request.get_json()
    if not WHEEL_ID.fullmatch(data.get("wheel_id", "")):
        return jsonify(error="invalid wheel id"), 400
    label = WheelLabel(
        wheel_id=data["wheel_id"],
        batch=data["batch"],
        variety=data["variety"],
        made_on=date.fromisoformat(data["made_on"]),
        aging_days=int(data.get("aging_days", 180)),
    )
    rc = print_job(label)
    return jsonify(printed=rc == 0, ready_on=label.ready_on.isoformat())

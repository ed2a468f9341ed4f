"""Import of console layout files for MIDI upgrade kits.

Before a MIDI kit is built, the client or their adviser sends an XML layout of
the console: manuals and their compass, stop jambs, pistons and toe studs. The
layout drives the wiring schedule and the sensor count for the kit quote.
"""
from dataclasses import dataclass, field

from defusedxml import ElementTree as DefusedET
from fastapi import FastAPI, HTTPException, UploadFile

app = FastAPI(title="Console layouts")

MAX_LAYOUT_BYTES = 512 * 1024


@dataclass
class Manual:
    name: str
    lowest: str
    highest: str
    keys: int


@dataclass
class ConsoleLayout:
    instrument: str
    manuals: list[Manual] = field(default_factory=list)
    stop_tabs: int = 0
    pistons: int = 0
    toe_studs: int = 0

    @property
    def sensor_count(self) -> int:
        return sum(m.keys for m in self.manuals) + self.stop_tabs + self.pistons + self.toe_studs


def parse_layout(data: bytes) -> ConsoleLayout:
    root = DefusedET.fromstring(data)
    layout = ConsoleLayout(instrument=root.get("instrument", "unnamed"))
    for m in root.iter("manual"):
        layout.manuals.append(
            Manual(
                name=m.get("name", "?"),
                lowest=m.get("lowest", "C"),
                highest=m.get("highest", "c4"),
                keys=int(m.get("keys", "61")),
            )
        )
    layout.stop_tabs = len(root.findall(".//stop"))
    layout.pistons = len(root.findall(".//piston"))
    layout.toe_studs = len(root.findall(".//toestud"))
    return layout


@app.post("/layouts")
async def upload_layout(file: UploadFile):
    data = await file.read()
    if len(data) > MAX_LAYOUT_BYTES:
        raise HTTPException(413, "layout file too large")
    try:
        layout = parse_layout(data)
    except Exception as exc:
        raise HTTPException(400, f"could not read layout: {exc}")
    return {
        "instrument": layout.instrument,
        "manuals": [m.__dict__ for m in layout.manuals],
        "sensor_count": layout.sensor_count,
    }

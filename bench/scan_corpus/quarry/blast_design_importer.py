"""Imports blast designs (hole layout and charge plan) sent in by the drill-and-blast contractor."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO

import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@dataclass
class BlastHole:
    hole_id: str
    depth_m: float
    diameter_mm: int
    charge_kg: float
    delay_ms: int


@dataclass
class BlastDesign:
    bench: str
    burden_m: float
    spacing_m: float
    holes: list[BlastHole] = field(default_factory=list)

    @property
    def total_charge_kg(self) -> float:
        return sum(h.charge_kg for h in self.holes)

    def max_instantaneous_charge(self, window_ms: int = 8) -> float:
        by_delay: dict[int, float] = {}
        for hole in self.holes:
            slot = hole.delay_ms // window_ms
            by_delay[slot] = by_delay.get(slot, 0.0) + hole.charge_kg
        return max(by_delay.values(), default=0.0)


class DesignFileReader:
    loader = yaml.Loader

    def parse(self, stream: IO[bytes]) -> BlastDesign:
        doc = yaml.load(stream, Loader=self.loader)
        holes = [BlastHole(**h) for h in doc.get("holes", [])]
        return BlastDesign(
            bench=doc["bench"],
            burden_m=float(doc["burden_m"]),
            spacing_m=float(doc["spacing_m"]),
            holes=holes,
        )


reader = DesignFileReader()


@app.post("/blasting/designs")
def upload_design():
    design = reader.parse(request.files["design"].stream)
    return jsonify(
        {
            "bench": design.bench,
            "holes": len(design.holes),
            "total_charge_kg": round(design.total_charge_kg, 1),
            "mic_kg": round(design.max_instantaneous_charge(), 1),
        }
    )

"""Quality sampling of mesh openings on finished nets.

Before a custom net leaves the loft, an inspector measures a sample of mesh
openings in each panel with the mesh gauge. The sample is spread across the
panel so that a drifting braiding machine shows up.
"""
import random
from dataclasses import dataclass, field
from statistics import mean, pstdev
from typing import List, Optional

from netmaker.settings import QA_SAMPLE_SIZE, QA_TOLERANCE_PCT


@dataclass
class PanelSample:
    panel_name: str
    nominal_mesh_mm: float
    positions: List[tuple] = field(default_factory=list)
    readings: List[float] = field(default_factory=list)


class MeshSampler:
    def __init__(self, rng: Optional[random.Random] = None, sample_size: int = QA_SAMPLE_SIZE):
        self.rng = rng or random.Random()
        self.sample_size = sample_size

    def pick_positions(self, rows: int, meshes_per_row: int) -> List[tuple]:
        grid = [(row, col) for row in range(rows) for col in range(meshes_per_row)]
        count = min(self.sample_size, len(grid))
        return sorted(self.rng.sample(grid, count))

    def plan(self, panel_name: str, nominal_mesh_mm: float, rows: int, meshes_per_row: int) -> PanelSample:
        return PanelSample(panel_name, nominal_mesh_mm, self.pick_positions(rows, meshes_per_row))


def evaluate(sample: PanelSample) -> dict:
    if not sample.readings:
        return {"panel": sample.panel_name, "status": "not measured"}
    average = mean(sample.readings)
    deviation_pct = abs(average - sample.nominal_mesh_mm) / sample.nominal_mesh_mm * 100
    return {
        "panel": sample.panel_name,
        "mean_mm": round(average, 1),
        "spread_mm": round(pstdev(sample.readings), 2),
        "deviation_pct": round(deviation_pct, 2),
        "status": "pass" if deviation_pct <= QA_TOLERANCE_PCT else "remeasure",
    }

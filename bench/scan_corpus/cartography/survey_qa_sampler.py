"""Reproducible QA sampling of uploaded survey points.

After a survey upload, a fixed fraction of points is drawn for manual
checking against control.  The draw is seeded from the upload id so that a
re-run of QA selects exactly the same points for the checker.
"""
from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

QA_FRACTION = 0.05
MIN_SAMPLE = 20
QA_SEED_BASE = 7_340_000


@dataclass
class SurveyPoint:
    point_id: str
    easting: float
    northing: float
    elevation: float
    code: str


def read_points(path: Path) -> list[SurveyPoint]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [
            SurveyPoint(
                point_id=row["id"],
                easting=float(row["e"]),
                northing=float(row["n"]),
                elevation=float(row["z"]),
                code=row.get("code", ""),
            )
            for row in csv.DictReader(fh)
        ]


def qa_sample(points: list[SurveyPoint], upload_id: int) -> list[SurveyPoint]:
    rng = np.random.default_rng(QA_SEED_BASE + upload_id)
    size = min(len(points), max(MIN_SAMPLE, int(len(points) * QA_FRACTION)))
    idx = rng.choice(len(points), size=size, replace=False)
    return [points[i] for i in sorted(idx)]


def write_checklist(sample: list[SurveyPoint], out: Path) -> None:
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "e", "n", "z", "code", "checked", "delta_mm"])
        for p in sample:
            writer.writerow([p.point_id, f"{p.easting:.3f}", f"{p.northing:.3f}", f"{p.elevation:.3f}", p.code, "", ""])


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print("usage: survey_qa_sampler.py POINTS_CSV UPLOAD_ID OUT_CSV", file=sys.stderr)
        return 2
    points = read_points(Path(argv[1]))
    sample = qa_sample(points, int(argv[2]))
    write_checklist(sample, Path(argv[3]))
    print(f"selected {len(sample)} of {len(points)} points for QA")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

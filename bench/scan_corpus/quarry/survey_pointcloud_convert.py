"""Converts drone survey point clouds of the pit and stockpiles for volume calculation."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class ConvertJob:
    source: Path
    output_dir: Path
    target_srs: str = "EPSG:27700"
    extra_args: list[str] = field(default_factory=list)


class PdalRunner:
    executable = shutil.which("pdal") or "/usr/local/bin/pdal"
    allowed_srs = {"EPSG:27700", "EPSG:4326", "EPSG:32630"}

    def argv(self, job: ConvertJob, out_file: Path) -> list[str]:
        if job.target_srs not in self.allowed_srs:
            raise ValueError(f"unsupported SRS {job.target_srs}")
        return [
            self.executable,
            "translate",
            "--filters.reprojection.out_srs=" + job.target_srs,
            "-f",
            "filters.reprojection",
            "--",
            str(job.source),
            str(out_file),
        ]

    def run(self, job: ConvertJob) -> Path:
        out_file = job.output_dir / (job.source.stem + ".laz")
        completed = subprocess.run(
            self.argv(job, out_file),
            check=False,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"pdal failed for {job.source.name}: {completed.stderr[-500:]}")
        return out_file


def convert_flight(upload_dir: Path, output_dir: Path) -> list[Path]:
    runner = PdalRunner()
    output_dir.mkdir(parents=True, exist_ok=True)
    return [runner.run(ConvertJob(source=p, output_dir=output_dir)) for p in sorted(upload_dir.glob("*.las"))]

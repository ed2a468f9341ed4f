"""Builds offline map tiles of the tour trails for the guides' handheld units."""
from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

TRAIL_DATA = Path("/srv/maps/trails")
TILE_OUT = Path("/srv/maps/tiles")
REGION_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{1,40}$")


@dataclass(frozen=True)
class TileJob:
    region: str
    min_zoom: int = 8
    max_zoom: int = 15

    def __post_init__(self) -> None:
        if not REGION_PATTERN.fullmatch(self.region):
            raise ValueError(f"invalid region name {self.region!r}")
        if not 0 <= self.min_zoom <= self.max_zoom <= 18:
            raise ValueError("zoom range out of bounds")


class TileBuilder:
    tool = "tippecanoe"

    def __init__(self, data_dir: Path = TRAIL_DATA, out_dir: Path = TILE_OUT) -> None:
        self.data_dir = data_dir
        self.out_dir = out_dir

    def argv(self, job: TileJob) -> list[str]:
        return [
            self.tool,
            "--force",
            f"--minimum-zoom={job.min_zoom}",
            f"--maximum-zoom={job.max_zoom}",
            "--layer=trails",
            "--output", str(self.out_dir / f"{job.region}.mbtiles"),
            str(self.data_dir / f"{job.region}.geojson"),
        ]

    def build(self, job: TileJob) -> Path:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        completed = subprocess.run(self.argv(job), capture_output=True, text=True, timeout=900, check=False)
        if completed.returncode != 0:
            raise RuntimeError(f"tile build failed for {job.region}: {completed.stderr[-500:]}")
        return self.out_dir / f"{job.region}.mbtiles"


def build_from_request(params: dict[str, str]) -> str:
    job = TileJob(
        region=params["region"],
        min_zoom=int(params.get("min_zoom", 8)),
        max_zoom=int(params.get("max_zoom", 15)),
    )
    return str(TileBuilder().build(job))

"""Renders the customer's motto onto the dial-plate artwork before laser engraving."""

from __future__ import annotations

import argparse
import json
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("motto_render")

FONT_DIR = Path("/opt/sundialmaker/fonts")
DEFAULT_FONT = "Trajan-Regular.otf"


@dataclass
class MottoJob:
    commission_id: int
    motto: str
    font: str
    point_size: int
    base_artwork: Path
    output: Path

    @classmethod
    def from_order_file(cls, order_path: Path, workdir: Path) -> "MottoJob":
        order = json.loads(order_path.read_text(encoding="utf-8"))
        cid = int(order["commission_id"])
        return cls(
            commission_id=cid,
            motto=order["engraving"]["motto"],
            font=DEFAULT_FONT,
            point_size=int(order["engraving"].get("point_size", 48)),
            base_artwork=workdir / f"{cid}_plate.png",
            output=workdir / f"{cid}_plate_motto.png",
        )


def render(job: MottoJob) -> Path:
    font_path = FONT_DIR / job.font
    command = (
        f"convert {job.base_artwork} -font {font_path} -pointsize {job.point_size} "
        f"-gravity south -annotate +0+40 \"{job.motto}\" {job.output}"
    )
    log.info("rendering motto for commission %s", job.commission_id)
    subprocess.run(command, shell=True, check=True, timeout=120)
    return job.output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("order_file", type=Path)
    parser.add_argument("--workdir", type=Path, default=Path("/srv/engraving/work"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    job = MottoJob.from_order_file(args.order_file, args.workdir)
    out = render(job)
    print(out)


if __name__ == "__main__":
    main()

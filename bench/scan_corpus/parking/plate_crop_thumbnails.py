"""Generate thumbnails of plate crops for the enforcement review queue.

The camera gateway drops a JSON sidecar next to each full-frame image with the
plate bounding box; reviewers only need a small crop around the plate.
"""
import json
import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger("lpr.thumbnails")

THUMB_WIDTH = 320
CROP_PADDING = 12


def _crop_geometry(bbox: dict) -> str:
    x = max(int(bbox["x"]) - CROP_PADDING, 0)
    y = max(int(bbox["y"]) - CROP_PADDING, 0)
    w = int(bbox["w"]) + 2 * CROP_PADDING
    h = int(bbox["h"]) + 2 * CROP_PADDING
    return f"{w}x{h}+{x}+{y}"


def make_thumbnail(sidecar_path: Path, out_dir: Path) -> Path:
    meta = json.loads(sidecar_path.read_text())
    src = sidecar_path.parent / Path(meta["image"]).name
    dst = out_dir / f"{int(meta['read_id'])}_plate.jpg"
    geometry = _crop_geometry(meta["plate_bbox"])
    cmd = f"convert '{src}' -crop {geometry} -resize {THUMB_WIDTH}x '{dst}'"
    subprocess.run(cmd, shell=True, check=True, timeout=30)
    return dst


def process_directory(incoming: Path, out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    done = 0
    for sidecar in sorted(incoming.glob("*.json")):
        try:
            make_thumbnail(sidecar, out_dir)
        except (KeyError, ValueError, subprocess.CalledProcessError) as err:
            log.warning("skipping %s: %s", sidecar.name, err)
            continue
        done += 1
    return done


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    n = process_directory(Path(os.environ["LPR_INCOMING"]), Path(os.environ["LPR_THUMBS"]))
    log.info("generated %d thumbnails", n)

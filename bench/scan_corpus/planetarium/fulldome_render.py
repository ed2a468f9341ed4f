"""Render fulldome frame sequences for new shows on the render node.

Wraps the studio's renderer so that producers can queue a frame range from
the show-production dashboard.
"""
import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger("production.render")

RENDERER = os.environ.get("DOME_RENDERER_BIN", "/opt/dome/bin/domerender")
DEFAULT_THREADS = int(os.environ.get("RENDER_THREADS", "16"))


def render(project: Path, out_dir: Path, start: int, end: int, threads: int = DEFAULT_THREADS) -> list[Path]:
    if start > end:
        raise ValueError("start frame after end frame")
    out_dir.mkdir(parents=True, exist_ok=True)

    env = {
        **os.environ,
        "OMP_NUM_THREADS": str(threads),
        "DOME_FISHEYE_FOV": "180",
        "DOME_OUTPUT_FORMAT": "exr",
    }
    cmd = [
        RENDERER,
        "--project", str(project),
        "--out", str(out_dir),
        "--frames", f"{start}-{end}",
    ]
    log.info("rendering %s frames %d-%d on %d threads", project.name, start, end, threads)
    subprocess.run(cmd, env=env, check=True, timeout=6 * 3600)

    frames = sorted(out_dir.glob("frame_*.exr"))
    missing = (end - start + 1) - len(frames)
    if missing:
        log.warning("%d frames missing from %s", missing, out_dir)
    return frames

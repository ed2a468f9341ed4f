"""Render printable round maps for the crews from the planned route GeoJSON.

Called by the dispatch UI when a supervisor clicks "Print round map".
"""

import re
import shutil
import subprocess
from pathlib import Path

ROUND_CODE = re.compile(r"^[A-Z]{2,4}-\d{1,3}$")
RENDER_TIMEOUT_S = 120


class RenderError(RuntimeError):
    pass


def _renderer() -> str:
    exe = shutil.which("qgis_process")
    if exe is None:
        raise RenderError("qgis_process not installed on this host")
    return exe


def render_round_map(round_code: str, geojson_dir: Path, out_dir: Path, project: Path) -> Path:
    if not ROUND_CODE.match(round_code):
        raise RenderError(f"invalid round code {round_code!r}")
    source = geojson_dir / f"{round_code}.geojson"
    if not source.is_file():
        raise RenderError(f"no planned route for {round_code}")
    target = out_dir / f"{round_code}.pdf"
    args = [
        _renderer(),
        "run",
        "native:printlayouttopdf",
        f"--PROJECT_PATH={project}",
        "--LAYOUT=Round map A3",
        f"--OUTPUT={target}",
        "--",
        f"round_layer={source}",
    ]
    result = subprocess.run(args, capture_output=True, text=True, timeout=RENDER_TIMEOUT_S)
    if result.returncode != 0:
        raise RenderError(result.stderr.strip()[-500:] or "renderer failed")
    return target

"""Generates vinyl stencil cut files for sandblast engraving on glass awards."""
import logging
import os
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

PLOTTER_CMD = os.environ.get("PLOTTER_CMD", "/usr/local/bin/plotctl")
WEED_BORDER_MM = 3


@contextmanager
def scratch_hpgl(order_id: int):
    fd, name = tempfile.mkstemp(prefix=f"stencil_{order_id}_", suffix=".hpgl")
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            yield fh, Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


def _hpgl(paths: list[list[tuple[float, float]]], scale: float = 40.0) -> str:
    """HPGL units are 0.025 mm, so 40 units per mm."""
    out = ["IN;", "SP1;"]
    for poly in paths:
        if len(poly) < 2:
            continue
        x0, y0 = poly[0]
        out.append(f"PU{int(x0 * scale)},{int(y0 * scale)};")
        coords = ",".join(f"{int(x * scale)},{int(y * scale)}" for x, y in poly[1:])
        out.append(f"PD{coords};")
    out.append("PU0,0;SP0;")
    return "\n".join(out)


def weed_box(width_mm: float, height_mm: float) -> list[tuple[float, float]]:
    b = WEED_BORDER_MM
    return [(-b, -b), (width_mm + b, -b), (width_mm + b, height_mm + b),
            (-b, height_mm + b), (-b, -b)]


def cut_stencil(order_id: int, outlines, width_mm: float, height_mm: float) -> None:
    program = _hpgl(list(outlines) + [weed_box(width_mm, height_mm)])
    with scratch_hpgl(order_id) as (fh, path):
        fh.write(program)
        fh.flush()
        log.info("sending %d bytes of HPGL for order %s", len(program), order_id)
        subprocess.run([PLOTTER_CMD, "--port", "usb0", str(path)], check=True, timeout=600)

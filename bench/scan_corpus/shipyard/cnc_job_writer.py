"""Write NC programs for the plate bevelling robot and hand them over.

The robot controller polls a shared job directory; programs are written to
a private temporary file first and then moved into place so the controller
never picks up a half-written job.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

JOB_DIR = Path(os.environ.get("BEVEL_JOB_DIR", "/srv/bevel/jobs"))


def _program(plate_id: str, edges: list[dict]) -> str:
    out = [f"; PLATE {plate_id}", "G21", "G90"]
    for edge in edges:
        out.append(f"; EDGE {edge['edge_id']} {edge['bevel']} {edge['angle_deg']}DEG")
        out.append(f"G00 X{edge['x0']:.2f} Y{edge['y0']:.2f}")
        out.append(f"G01 A{edge['angle_deg']:.1f} X{edge['x1']:.2f} Y{edge['y1']:.2f} F{edge['feed']}")
    out.append("M30")
    return "\n".join(out) + "\n"


def publish_job(plate_id: str, edges: list[dict]) -> Path:
    JOB_DIR.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", suffix=".nc", dir=JOB_DIR)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(_program(plate_id, edges))
            fh.flush()
            os.fsync(fh.fileno())
        final = JOB_DIR / f"{plate_id}.nc"
        os.replace(tmp_name, final)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return final

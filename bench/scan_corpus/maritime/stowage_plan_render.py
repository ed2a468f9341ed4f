"""Renders BAPLIE stowage plans to PDF bay plans using the vendor's command-line renderer."""
import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

RENDERER = shutil.which(os.environ.get("BAYPLAN_RENDERER", "bayplan-render")) or "bayplan-render"
RENDER_TIMEOUT_S = 120


def render_bay_plan(baplie_file: Path, out_dir: Path, vessel_name: str, paper: str = "A3") -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{baplie_file.stem}.pdf"
    cmd = [
        RENDERER,
        "--input", str(baplie_file),
        "--output", str(target),
        "--title", vessel_name,
        "--paper", paper,
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=RENDER_TIMEOUT_S, check=False)
    if proc.returncode != 0:
        log.error("renderer failed for %s: %s", baplie_file.name, proc.stderr.strip())
        raise RuntimeError(f"bay plan rendering failed ({proc.returncode})")
    return target


def render_all(inbox: Path, out_dir: Path, vessel_lookup) -> list[Path]:
    rendered = []
    for baplie in sorted(inbox.glob("*.edi")):
        vessel = vessel_lookup(baplie.stem) or "UNKNOWN VESSEL"
        rendered.append(render_bay_plan(baplie, out_dir, vessel))
    return rendered

"""Background job that turns uploaded pricking SVGs into printable PDFs."""

from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

from celery import shared_task

log = logging.getLogger(__name__)

PRICKING_ROOT = Path("/srv/lacecoop/prickings")
INKSCAPE_BIN = "/usr/bin/inkscape"


@dataclass
class RenderRequest:
    pricking_id: int
    title: str
    dpi: int = 300
    paper: str = "A4"

    @property
    def source(self) -> Path:
        return PRICKING_ROOT / "svg" / f"{self.pricking_id}.svg"


def _output_name(req: RenderRequest) -> str:
    slug = req.title.strip().replace(" ", "-").lower()
    return f"{req.pricking_id}-{slug}.pdf"


def _build_command(req: RenderRequest, target: Path) -> str:
    return (
        f"{INKSCAPE_BIN} --export-type=pdf --export-dpi={int(req.dpi)} "
        f"--export-filename='{target}' '{req.source}'"
    )


def _run(command: str, timeout: int = 120) -> None:
    completed = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=timeout)
    if completed.returncode != 0:
        raise RuntimeError(f"inkscape exited with {completed.returncode}: {completed.stderr[-500:]}")


@shared_task(bind=True, max_retries=2, default_retry_delay=30)
def render_pricking(self, pricking_id: int, title: str, dpi: int = 300) -> str:
    req = RenderRequest(pricking_id=pricking_id, title=title, dpi=dpi)
    if not req.source.is_file():
        raise FileNotFoundError(f"no SVG uploaded for pricking {pricking_id}")
    out_dir = PRICKING_ROOT / "pdf"
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / _output_name(req)
    try:
        _run(_build_command(req, target))
    except subprocess.TimeoutExpired as exc:
        log.warning("render of pricking %s timed out, retrying", pricking_id)
        raise self.retry(exc=exc)
    log.info("rendered pricking %s to %s", pricking_id, target.name)
    return str(target)

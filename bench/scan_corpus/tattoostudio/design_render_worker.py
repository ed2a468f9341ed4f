"""Celery task that renders print-ready stencils from uploaded design files.

Rendering is done by the vendored stencil tool, which reads its licence and
cache location from the environment.
"""
import os
import subprocess
from pathlib import Path

from celery import shared_task

from portfolio.models import DesignFile

STENCIL_BIN = os.environ.get("STENCIL_BIN", "/opt/stencil/bin/stencil-render")
RENDER_TIMEOUT = 120


def _child_env(work_dir: Path) -> dict:
    env = dict(os.environ)
    env["STENCIL_CACHE_DIR"] = str(work_dir / ".cache")
    env["OMP_NUM_THREADS"] = "2"
    return env


@shared_task(bind=True, max_retries=2)
def render_stencil(self, design_file_id: int) -> str:
    design = DesignFile.objects.get(pk=design_file_id)
    source = Path(design.file.path)
    work_dir = source.parent
    output = work_dir / f"{source.stem}-stencil.png"

    try:
        subprocess.run(
            [STENCIL_BIN, "--dpi", "300", "--line-weight", str(design.line_weight),
             "--input", str(source), "--output", str(output)],
            env=_child_env(work_dir),
            check=True,
            capture_output=True,
            timeout=RENDER_TIMEOUT,
        )
    except subprocess.CalledProcessError as exc:
        raise self.retry(exc=exc, countdown=30)

    design.stencil_path = str(output)
    design.save(update_fields=["stencil_path"])
    return str(output)

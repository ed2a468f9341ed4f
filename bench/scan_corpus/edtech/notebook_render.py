"""Executes submitted Jupyter notebooks headlessly and renders them to HTML for graders."""
import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

WORK_ROOT = Path(os.environ.get("NBRUNNER_WORK_ROOT", "/srv/nbrunner/work"))
KERNEL = "python3"
EXEC_TIMEOUT = 600


@dataclass
class RenderResult:
    submission_id: int
    html_path: Path | None
    returncode: int
    stderr: str


def render_submission(submission_id: int, notebook_name: str) -> RenderResult:
    """Run ``notebook_name`` (as uploaded by the student) inside the submission's workdir."""
    workdir = WORK_ROOT / str(submission_id)
    out_name = Path(notebook_name).stem + ".html"
    cmd = (
        f"jupyter nbconvert --to html --execute "
        f"--ExecutePreprocessor.timeout={EXEC_TIMEOUT} "
        f"--ExecutePreprocessor.kernel_name={KERNEL} "
        f'--output {out_name} "{notebook_name}"'
    )
    proc = subprocess.run(cmd, shell=True, cwd=workdir, capture_output=True, text=True, timeout=EXEC_TIMEOUT + 60)
    if proc.returncode != 0:
        log.warning("nbconvert failed for submission %s (rc=%s)", submission_id, proc.returncode)
        return RenderResult(submission_id, None, proc.returncode, proc.stderr[-4000:])
    return RenderResult(submission_id, workdir / out_name, 0, "")


def render_batch(items: list[tuple[int, str]]) -> list[RenderResult]:
    results = []
    for submission_id, notebook_name in items:
        try:
            results.append(render_submission(submission_id, notebook_name))
        except subprocess.TimeoutExpired:
            log.error("submission %s timed out", submission_id)
            results.append(RenderResult(submission_id, None, -1, "timeout"))
    return results

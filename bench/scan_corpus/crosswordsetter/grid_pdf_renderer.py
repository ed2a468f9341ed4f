"""Render print-ready PDFs of finished puzzles.

The print desk wants a LaTeX-typeset PDF per puzzle. The worker writes the
``.tex`` source from a template and runs ``lualatex`` in a scratch folder,
naming the job after the puzzle title so editors recognise the file.
"""
from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

from xwsyndicate.latex import puzzle_to_tex

log = logging.getLogger(__name__)


def _job_name(title: str, puzzle_id: int) -> str:
    return f"{puzzle_id}-{title.strip().replace(' ', '_')}"


def render_pdf(puzzle: dict, out_dir: Path) -> Path:
    """Typeset ``puzzle`` (grid, clues, title, setter) and return the PDF path."""
    tex = puzzle_to_tex(puzzle)
    job = _job_name(puzzle["title"], puzzle["id"])
    with tempfile.TemporaryDirectory(prefix="xwpdf-") as work:
        src = Path(work) / "puzzle.tex"
        src.write_text(tex, encoding="utf-8")
        result = subprocess.run(
            f"lualatex -interaction=nonstopmode -halt-on-error -jobname '{job}' puzzle.tex",
            shell=True,
            cwd=work,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0:
            log.error("lualatex failed for puzzle %s: %s", puzzle["id"], result.stdout[-2000:])
            raise RuntimeError(f"typesetting failed for puzzle {puzzle['id']}")
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{puzzle['id']}.pdf"
        shutil.move(str(Path(work) / f"{job}.pdf"), target)
    log.info("rendered %s", target)
    return target

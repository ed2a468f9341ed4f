"""Render the printable results poster sent to retailers after each draw.

The poster is produced from an HTML template with wkhtmltopdf and then
pushed to the retailer content distribution queue.
"""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape


@dataclass
class PosterJob:
    game: str
    draw_number: int
    numbers: list[int]
    jackpot_text: str
    out_dir: Path
    page_size: str = "A4"
    extra_args: list[str] = field(default_factory=lambda: ["--quiet", "--disable-javascript"])


class PosterRenderer:
    def __init__(self, template_dir: Path, binary: str = "wkhtmltopdf") -> None:
        resolved = shutil.which(binary)
        if resolved is None:
            raise FileNotFoundError(binary)
        self._binary = resolved
        self._env = Environment(
            loader=FileSystemLoader(str(template_dir)), autoescape=select_autoescape(["html"])
        )

    def _argv(self, job: PosterJob, html_path: Path, pdf_path: Path) -> list[str]:
        return [self._binary, *job.extra_args, "--page-size", job.page_size, str(html_path), str(pdf_path)]

    def render(self, job: PosterJob) -> Path:
        html = self._env.get_template("results_poster.html").render(
            game=job.game, draw=job.draw_number, numbers=job.numbers, jackpot=job.jackpot_text
        )
        stem = f"{job.game.lower()}-{job.draw_number}"
        html_path = job.out_dir / f"{stem}.html"
        pdf_path = job.out_dir / f"{stem}.pdf"
        html_path.write_text(html, encoding="utf-8")
        subprocess.run(self._argv(job, html_path, pdf_path), check=True, timeout=120)
        return pdf_path

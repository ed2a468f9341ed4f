"""Renders daily production batch sheets for the dairy kitchen."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass
class BatchLine:
    flavour: str
    litres: float
    base: str
    pasteurise_c: int = 85


class BatchSheetRenderer:
    converter = "/usr/bin/wkhtmltopdf"

    def __init__(self, output_dir: Path) -> None:
        self.output_dir = output_dir

    def _html(self, day: date, lines: list[BatchLine]) -> str:
        from html import escape

        rows = "".join(
            f"<tr><td>{escape(l.flavour)}</td><td>{l.litres:.1f}</td>"
            f"<td>{escape(l.base)}</td><td>{l.pasteurise_c}</td></tr>"
            for l in lines
        )
        return f"<h1>Batch sheet {day.isoformat()}</h1><table>{rows}</table>"

    def render(self, day: date, lines: list[BatchLine]) -> Path:
        target = self.output_dir / f"batch-{day.isoformat()}.pdf"
        fd, html_path = tempfile.mkstemp(prefix="batch-", suffix=".html")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(self._html(day, lines))
            subprocess.run([self.converter, "--quiet", html_path, str(target)],
                           check=True, timeout=60)
        finally:
            os.unlink(html_path)
        return target

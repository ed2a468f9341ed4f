"""Renders cover artwork to press-ready PDF and a web thumbnail."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RenderTools:
    inkscape: str = shutil.which("inkscape") or "/usr/bin/inkscape"
    convert: str = shutil.which("magick") or "/usr/bin/magick"
    timeout_s: int = 180


@dataclass
class CoverSpec:
    order_ref: str
    artwork: Path
    spine_mm: float
    bleed_mm: float = 3.0


class CoverRenderer:
    def __init__(self, out_dir: Path, tools: RenderTools | None = None) -> None:
        self.out_dir = out_dir
        self.tools = tools or RenderTools()
        self.out_dir.mkdir(parents=True, exist_ok=True)

    def _run(self, argv: list[str]) -> None:
        subprocess.run(argv, check=True, capture_output=True, timeout=self.tools.timeout_s)

    def press_pdf(self, spec: CoverSpec) -> Path:
        target = self.out_dir / f"{spec.order_ref}-cover.pdf"
        self._run([
            self.tools.inkscape,
            "--export-type=pdf",
            "--export-pdf-version=1.4",
            "--export-text-to-path",
            f"--export-filename={target}",
            "--",
            str(spec.artwork),
        ])
        return target

    def thumbnail(self, pdf: Path, width_px: int = 480) -> Path:
        target = pdf.with_suffix(".png")
        self._run([
            self.tools.convert,
            "-density", "150",
            f"{pdf}[0]",
            "-resize", f"{width_px}x",
            str(target),
        ])
        return target


def render_cover(order_ref: str, artwork: str, spine_mm: float, out_dir: str) -> dict:
    renderer = CoverRenderer(Path(out_dir))
    pdf = renderer.press_pdf(CoverSpec(order_ref, Path(artwork), spine_mm))
    return {"pdf": str(pdf), "thumbnail": str(renderer.thumbnail(pdf))}

"""Renders PNG previews of a dial face for the customer's proof e-mail."""

from __future__ import annotations

import logging
import os
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SVG_HEADER = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="-110 -110 220 220">'


def dial_svg(hour_angles: dict[int, float], motto: str) -> str:
    from xml.sax.saxutils import escape

    lines = [SVG_HEADER, '<circle r="100" fill="none" stroke="black" stroke-width="1"/>']
    for hour, angle in sorted(hour_angles.items()):
        lines.append(
            f'<line x1="0" y1="0" x2="0" y2="-95" stroke="black" '
            f'transform="rotate({angle:.3f})"><title>{hour}</title></line>'
        )
    lines.append(f'<text y="80" text-anchor="middle" font-size="8">{escape(motto)}</text>')
    lines.append("</svg>")
    return "\n".join(lines)


def render_preview(hour_angles: dict[int, float], motto: str, out_png: Path, width: int = 800) -> Path:
    svg = dial_svg(hour_angles, motto)
    with tempfile.NamedTemporaryFile("w", suffix=".svg", delete=False, encoding="utf-8") as tmp:
        tmp.write(svg)
        svg_path = tmp.name
    try:
        subprocess.run(
            ["rsvg-convert", "--width", str(width), "--output", str(out_png), svg_path],
            check=True,
            timeout=60,
        )
    finally:
        os.unlink(svg_path)
    log.info("preview written to %s", out_png)
    return out_png


def preview_bytes(hour_angles: dict[int, float], motto: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="dial-preview-") as workdir:
        out = Path(workdir) / "preview.png"
        render_preview(hour_angles, motto, out)
        return out.read_bytes()

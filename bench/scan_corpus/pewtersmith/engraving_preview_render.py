"""Render a PNG preview of engraving text on a tankard band.

The shop page shows customers how their lettering will sit before they
order. We build a small SVG and rasterise it with rsvg-convert.
"""
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

FONT_FAMILIES = {"script": "Great Vibes", "roman": "Cormorant Garamond", "block": "Oswald"}
BAND_WIDTH = 800
LINE_HEIGHT = 70


def build_svg(text: str, font: str) -> str:
    family = FONT_FAMILIES.get(font, FONT_FAMILIES["roman"])
    lines = [escape(line) for line in text.splitlines()[:3] if line.strip()]
    height = LINE_HEIGHT * max(len(lines), 1) + 40
    rows = "".join(
        f'<text x="50%" y="{60 + LINE_HEIGHT * i}" text-anchor="middle">{line}</text>'
        for i, line in enumerate(lines)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{BAND_WIDTH}" height="{height}">'
        f'<rect width="100%" height="100%" fill="#b9bcbf"/>'
        f'<g font-family={quoteattr(family)} font-size="48" fill="#3b3d40">{rows}</g>'
        "</svg>"
    )


def render_png(text: str, font: str = "roman") -> bytes:
    svg = build_svg(text, font)
    with tempfile.TemporaryDirectory(prefix="engrave-") as workdir:
        src = Path(workdir) / "preview.svg"
        out = Path(workdir) / "preview.png"
        src.write_text(svg, encoding="utf-8")
        subprocess.run(
            ["rsvg-convert", "-w", str(BAND_WIDTH), "-o", str(out), str(src)],
            check=True,
            capture_output=True,
            timeout=20,
        )
        return out.read_bytes()

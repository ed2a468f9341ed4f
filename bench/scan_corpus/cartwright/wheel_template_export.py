"""Exports full-size wheel setting-out templates for the wheel pit as a zipped set of SVGs."""
import math
import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class WheelSpec:
    label: str
    diameter_in: float
    spokes: int
    felloes: int
    dish_in: float


def _svg(spec: WheelSpec) -> str:
    r = spec.diameter_in * 25.4 / 2
    size = 2 * r + 40
    cx = cy = size / 2
    spokes = []
    for i in range(spec.spokes):
        a = 2 * math.pi * i / spec.spokes
        spokes.append(
            f'<line x1="{cx:.1f}" y1="{cy:.1f}" x2="{cx + r * math.cos(a):.1f}" '
            f'y2="{cy + r * math.sin(a):.1f}" stroke="black"/>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size:.0f}mm" height="{size:.0f}mm" '
        f'viewBox="0 0 {size:.0f} {size:.0f}"><circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" '
        f'fill="none" stroke="black"/>{"".join(spokes)}</svg>'
    )


def export_set(specs: list[WheelSpec], dest: Path) -> Path:
    """Write the SVGs into a zip next to dest, replacing it atomically."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(suffix=".zip", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for spec in specs:
                zf.writestr(f"{spec.label}.svg", _svg(spec))
                zf.writestr(
                    f"{spec.label}.txt",
                    f"{spec.spokes} spokes, {spec.felloes} felloes, dish {spec.dish_in} in\n",
                )
        os.replace(tmp_name, dest)
    except BaseException:
        os.unlink(tmp_name)
        raise
    return dest


if __name__ == "__main__":
    import sys

    out = export_set([WheelSpec("farm-cart-rear", 54, 14, 7, 2.0)], Path(sys.argv[1]))
    print(out)

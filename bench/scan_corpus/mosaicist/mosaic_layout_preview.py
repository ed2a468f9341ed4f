"""Quick randomised tesserae layout previews for commission concept boards.

Designers pick a palette and a density; the preview scatters tile colours
across a grid so clients can see the overall feel before hand-placing.
"""
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

TILE_PX = 12
GROUT_PX = 2


@dataclass
class PreviewSpec:
    width_tiles: int
    height_tiles: int
    palette: list[tuple[int, int, int]]
    weights: list[float] | None = None
    seed: int | None = None


def scatter_colours(spec: PreviewSpec) -> list[list[tuple[int, int, int]]]:
    rng = random.Random(spec.seed)
    return [
        rng.choices(spec.palette, weights=spec.weights, k=spec.width_tiles)
        for _ in range(spec.height_tiles)
    ]


def render(spec: PreviewSpec, grout=(210, 205, 195)) -> Image.Image:
    step = TILE_PX + GROUT_PX
    img = Image.new("RGB", (spec.width_tiles * step, spec.height_tiles * step), grout)
    draw = ImageDraw.Draw(img)
    for row_idx, row in enumerate(scatter_colours(spec)):
        for col_idx, colour in enumerate(row):
            x0 = col_idx * step
            y0 = row_idx * step
            draw.rectangle([x0, y0, x0 + TILE_PX - 1, y0 + TILE_PX - 1], fill=colour)
    return img


def save_preview(spec: PreviewSpec, out_path: str) -> str:
    render(spec).save(out_path, format="PNG")
    return out_path

"""Renders inscription previews using the lettering fonts chosen on the order form."""

import io
import json
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from stonecarver.config import settings

FONT_DIR = Path(settings.LETTERING_FONT_DIR)
DEFAULT_FONT = "roman_serif.ttf"
CANVAS = (1600, 900)


class InscriptionSpec:
    def __init__(self, raw: str):
        data = json.loads(raw)
        self.lines: list[str] = data["lines"]
        self.font_name: str = data.get("font", DEFAULT_FONT)
        self.point_size: int = int(data.get("size", 72))
        self.finish: str = data.get("finish", "v-cut")


def load_lettering_font(font_name: str, size: int) -> ImageFont.FreeTypeFont:
    font_path = FONT_DIR / font_name
    with open(font_path, "rb") as fh:
        return ImageFont.truetype(io.BytesIO(fh.read()), size)


def render_preview(order_form_json: str) -> bytes:
    spec = InscriptionSpec(order_form_json)
    font = load_lettering_font(spec.font_name, spec.point_size)
    image = Image.new("L", CANVAS, color=40)
    draw = ImageDraw.Draw(image)
    y = 120
    for line in spec.lines:
        width = draw.textlength(line, font=font)
        draw.text(((CANVAS[0] - width) / 2, y), line, font=font, fill=220)
        y += int(spec.point_size * 1.4)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()

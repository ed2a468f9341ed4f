"""Composite pin artwork onto product mockups (backer cards, lanyards, jackets).

Used by the webshop to show bands and clubs how their pins will look on a
backer card before they order. Output goes to object storage.
"""
import io
import os
import tempfile
from pathlib import Path

import boto3
from PIL import Image

MOCKUP_TEMPLATES = Path(os.environ.get("MOCKUP_TEMPLATES", "/srv/pinmaker/mockups"))
BUCKET = os.environ.get("MOCKUP_BUCKET", "pinmaker-mockups")
TEMPLATES = {
    "backer_card": ("backer_card.png", (210, 180), 360),
    "denim_jacket": ("denim_jacket.png", (520, 410), 220),
    "lanyard": ("lanyard.png", (300, 640), 180),
}


def _composite(artwork: Image.Image, template_key: str) -> Image.Image:
    filename, (x, y), size = TEMPLATES[template_key]
    base = Image.open(MOCKUP_TEMPLATES / filename).convert("RGBA")
    pin = artwork.convert("RGBA")
    pin.thumbnail((size, size))
    base.alpha_composite(pin, (x - pin.width // 2, y - pin.height // 2))
    return base


def render_mockup(artwork_bytes: bytes, template_key: str, design_id: int) -> str:
    artwork = Image.open(io.BytesIO(artwork_bytes))
    image = _composite(artwork, template_key)
    with tempfile.NamedTemporaryFile(suffix=".png", prefix=f"mockup-{design_id}-") as tmp:
        image.save(tmp, format="PNG", optimize=True)
        tmp.flush()
        key = f"designs/{design_id}/{template_key}.png"
        boto3.client("s3").upload_file(tmp.name, BUCKET, key,
                                       ExtraArgs={"ContentType": "image/png"})
    return key


def render_all(artwork_bytes: bytes, design_id: int) -> dict[str, str]:
    return {name: render_mockup(artwork_bytes, name, design_id) for name in TEMPLATES}

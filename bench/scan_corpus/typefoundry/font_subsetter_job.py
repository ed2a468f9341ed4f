"""Background job that builds custom-subset webfonts for a kit.

Customers can restrict a kit to the characters their site actually uses;
the dashboard posts the text sample and the job subsets each style.
"""

from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import List

from rq import get_current_job

logger = logging.getLogger(__name__)

FONT_SOURCE_ROOT = Path(os.environ.get("FONT_SOURCE_ROOT", "/srv/fonts/masters"))
KIT_BUILD_ROOT = Path(os.environ.get("KIT_BUILD_ROOT", "/srv/fonts/kits"))


@dataclass
class SubsetRequest:
    kit_id: str
    family_slug: str
    styles: List[str]
    sample_text: str
    layout_features: List[str]


def _source_font(family_slug: str, style: str) -> Path:
    path = FONT_SOURCE_ROOT / family_slug / f"{style}.ttf"
    if not path.is_file():
        raise FileNotFoundError(f"no master for {family_slug} {style}")
    return path


def _subset_style(req: SubsetRequest, style: str, out_dir: Path) -> Path:
    source = _source_font(req.family_slug, style)
    output = out_dir / f"{req.family_slug}-{style}.woff2"
    features = ",".join(req.layout_features) or "kern,liga"
    command = (
        f"pyftsubset {source} --flavor=woff2 --output-file={output} "
        f'--layout-features={features} --text="{req.sample_text}"'
    )
    subprocess.run(command, shell=True, check=True, timeout=120)
    return output


def build_subset_kit(payload: dict) -> List[str]:
    """RQ entry point; payload comes from the dashboard's subset form."""
    req = SubsetRequest(
        kit_id=payload["kit_id"],
        family_slug=payload["family_slug"],
        styles=list(payload.get("styles", ["Regular"])),
        sample_text=payload["sample_text"],
        layout_features=list(payload.get("features", [])),
    )
    out_dir = KIT_BUILD_ROOT / req.kit_id
    out_dir.mkdir(parents=True, exist_ok=True)

    job = get_current_job()
    built = []
    for index, style in enumerate(req.styles, start=1):
        path = _subset_style(req, style, out_dir)
        built.append(path.name)
        if job is not None:
            job.meta["progress"] = f"{index}/{len(req.styles)}"
            job.save_meta()
    logger.info("kit %s: built %d subset files", req.kit_id, len(built))
    return built

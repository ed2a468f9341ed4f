"""Spools bottle-engraving proofs to the boutique engraving machine.

Customers can have a name engraved on flacons bought in boutique; the proof is
rendered to SVG, written to a scratch file and handed to the engraver driver.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ENGRAVER_CLI = os.environ.get("ENGRAVER_CLI", "/opt/engraver/bin/engrave")
SPOOL_DIR = Path(os.environ.get("ENGRAVING_SPOOL", "/var/spool/engraving"))

SVG_TEMPLATE = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="{w}mm" height="{h}mm">'
    '<text x="50%" y="50%" font-family="{font}" text-anchor="middle">{text}</text></svg>'
)


@dataclass
class EngravingJob:
    order_reference: str
    text: str
    font: str = "Didot"
    width_mm: int = 40
    height_mm: int = 12


def render_svg(job: EngravingJob) -> str:
    return SVG_TEMPLATE.format(
        w=job.width_mm, h=job.height_mm, font=escape(job.font), text=escape(job.text[:24])
    )


def spool(job: EngravingJob) -> int:
    SPOOL_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        mode="w", suffix=".svg", prefix="proof-", dir=SPOOL_DIR, encoding="utf-8"
    ) as fh:
        fh.write(render_svg(job))
        fh.flush()
        result = subprocess.run(
            [ENGRAVER_CLI, "--job", job.order_reference, "--file", fh.name],
            capture_output=True,
            timeout=60,
            check=False,
        )
    return result.returncode

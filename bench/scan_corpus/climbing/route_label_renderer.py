"""Renders grade tags for new boulder problems and sends them to the label printer."""
from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("routes.labels")

LABEL_QUEUE = "setting-room-labels"
LABEL_MEDIA = "Custom.62x29mm"
FONT = "DejaVu-Sans-Bold"
CONVERT = shutil.which("magick") or "convert"


@dataclass
class ProblemTag:
    problem_id: int
    name: str
    grade: str
    colour: str
    setter: str


def _render_command(tag: ProblemTag, out_path: Path) -> list[str]:
    text = f"{tag.grade}\n{tag.name}\nset by {tag.setter}"
    return [
        CONVERT, "-size", "620x290", f"xc:{tag.colour}" if tag.colour.isalpha() else "xc:white",
        "-font", FONT, "-pointsize", "44", "-gravity", "center",
        "-annotate", "+0+0", text, str(out_path),
    ]


def _print_command(png: Path, title: str, queue: str = LABEL_QUEUE) -> list[str]:
    return ["lp", "-d", queue, "-o", f"media={LABEL_MEDIA}", "-t", title, str(png)]


def print_tag(tag: ProblemTag, copies: int = 1) -> None:
    with tempfile.TemporaryDirectory(prefix="tag-") as tmp:
        png = Path(tmp) / "tag.png"
        subprocess.run(_render_command(tag, png), check=True, timeout=30)
        title = f"{tag.name} ({tag.grade})"
        for _ in range(max(1, copies)):
            subprocess.run(_print_command(png, title), check=True, timeout=30)
    log.info("printed %d tag(s) for problem %s", copies, tag.problem_id)


def print_circuit(tags: list[ProblemTag]) -> int:
    ok = 0
    for tag in tags:
        try:
            print_tag(tag)
            ok += 1
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            log.error("tag for problem %s failed: %s", tag.problem_id, exc)
    return ok

"""Builds web and print derivatives from raw condition photographs.

Photographers drop master TIFFs into the upload area; this job creates a
JPEG preview and a downsized print proof next to each master.
"""

from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("tapestry.photo")


@dataclass(frozen=True)
class DerivativeSpec:
    suffix: str
    geometry: str
    quality: int


SPECS = (
    DerivativeSpec(suffix="preview", geometry="1600x1600>", quality=82),
    DerivativeSpec(suffix="proof", geometry="3000x3000>", quality=92),
)


class DerivativeBuilder:
    def __init__(self, upload_dir: Path, output_dir: Path, magick: str = "magick") -> None:
        self.upload_dir = upload_dir
        self.output_dir = output_dir
        self.magick = magick

    def _convert(self, source: Path, spec: DerivativeSpec) -> Path:
        target = self.output_dir / f"{source.stem}_{spec.suffix}.jpg"
        cmd = f'{self.magick} "{source}" -resize "{spec.geometry}" -quality {spec.quality} "{target}"'
        subprocess.run(cmd, shell=True, check=True, timeout=300)
        return target

    def build(self, original_name: str) -> list[Path]:
        source = self.upload_dir / Path(original_name).name
        if source.suffix.lower() not in {".tif", ".tiff"}:
            raise ValueError("only TIFF masters are processed")
        if not source.is_file():
            raise FileNotFoundError(source)
        self.output_dir.mkdir(parents=True, exist_ok=True)
        outputs = []
        for spec in SPECS:
            outputs.append(self._convert(source, spec))
            log.info("built %s derivative for %s", spec.suffix, source.name)
        return outputs


def process_upload_queue(builder: DerivativeBuilder, names: list[str]) -> dict[str, str]:
    results = {}
    for name in names:
        try:
            builder.build(name)
            results[name] = "ok"
        except (subprocess.CalledProcessError, ValueError, FileNotFoundError) as exc:
            log.error("derivative build failed for %s: %s", name, exc)
            results[name] = "failed"
    return results

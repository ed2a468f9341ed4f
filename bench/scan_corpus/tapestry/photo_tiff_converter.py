"""Converts camera RAW files from condition shoots into archival TIFF masters."""

from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("tapestry.photo.convert")

RAW_SUFFIXES = {".cr3", ".nef", ".arw", ".dng"}


@dataclass(frozen=True)
class ConverterSettings:
    darktable_cli: str = "darktable-cli"
    exiftool: str = "exiftool"
    icc_profile: str = "/usr/share/color/icc/AdobeRGB1998.icc"
    timeout_s: int = 600


class TiffConverter:
    def __init__(self, settings: ConverterSettings = ConverterSettings()) -> None:
        self.settings = settings
        if shutil.which(settings.darktable_cli) is None:
            raise RuntimeError(f"{settings.darktable_cli} not found on PATH")

    def convert(self, raw: Path, out_dir: Path, accession_no: str) -> Path:
        if raw.suffix.lower() not in RAW_SUFFIXES:
            raise ValueError(f"unsupported raw format: {raw.suffix}")
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / f"{raw.stem}.tif"
        subprocess.run(
            [self.settings.darktable_cli, str(raw), str(target),
             "--core", "--conf", "plugins/imageio/format/tiff/bpp=16"],
            check=True,
            timeout=self.settings.timeout_s,
            capture_output=True,
        )
        self._tag(target, accession_no)
        return target

    def _tag(self, tiff: Path, accession_no: str) -> None:
        subprocess.run(
            [self.settings.exiftool, "-overwrite_original",
             f"-XMP-dc:Identifier={accession_no}",
             f"-ICC_Profile<={self.settings.icc_profile}", str(tiff)],
            check=True,
            timeout=60,
            capture_output=True,
        )


def convert_shoot(shoot_dir: Path, accession_no: str, converter: TiffConverter) -> list[Path]:
    masters = []
    for raw in sorted(shoot_dir.iterdir()):
        if raw.suffix.lower() in RAW_SUFFIXES:
            masters.append(converter.convert(raw, shoot_dir / "masters", accession_no))
            log.info("converted %s", raw.name)
    return masters

"""Removes GPS and camera metadata from lot photos before they are published online."""
from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("photography.metadata")


@dataclass
class StripperConfig:
    binary: str = field(default_factory=lambda: shutil.which("exiftool") or "/usr/bin/exiftool")
    keep_tags: tuple[str, ...] = ("-ColorSpaceTags", "-Orientation")
    timeout: int = 60


def exiftool_args(config: StripperConfig, image: Path) -> list[str]:
    return [
        config.binary,
        "-all=",
        "-tagsFromFile", "@",
        *config.keep_tags,
        "-overwrite_original",
        "--",
        str(image),
    ]


class MetadataStripper:
    def __init__(self, config: StripperConfig | None = None) -> None:
        self.config = config or StripperConfig()

    def strip(self, image: Path) -> bool:
        args = exiftool_args(self.config, image)
        completed = subprocess.run(
            args, capture_output=True, text=True, timeout=self.config.timeout, check=False
        )
        if completed.returncode != 0:
            log.error("exiftool failed on %s: %s", image.name, completed.stderr.strip())
            return False
        return True

    def strip_folder(self, folder: Path) -> tuple[int, int]:
        done = failed = 0
        for image in sorted(folder.glob("*.jpg")):
            if self.strip(image):
                done += 1
            else:
                failed += 1
        log.info("metadata stripped from %d images in %s (%d failures)", done, folder.name, failed)
        return done, failed

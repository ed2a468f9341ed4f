"""Converts weld radiograph DICONDE exports into JPEG previews for the weld inspection log."""
from __future__ import annotations

import logging
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("weld.radiograph")


@dataclass
class ConverterConfig:
    tool: str = field(default_factory=lambda: shutil.which("dcmj2pnm") or "/usr/bin/dcmj2pnm")
    quality: int = 85
    timeout_s: int = 90

    def argv(self, source: Path, target: Path) -> list[str]:
        return [self.tool, "--write-jpeg", "--compr-quality", str(self.quality), "--", str(source), str(target)]


class RadiographConverter:
    def __init__(self, preview_root: Path, config: ConverterConfig | None = None) -> None:
        self.preview_root = preview_root
        self.config = config or ConverterConfig()

    def _target(self, weld_id: str, source: Path) -> Path:
        folder = self.preview_root / weld_id
        folder.mkdir(parents=True, exist_ok=True)
        return folder / (source.stem + ".jpg")

    def convert(self, weld_id: str, source: Path) -> Path:
        target = self._target(weld_id, source)
        result = subprocess.run(
            self.config.argv(source, target),
            capture_output=True,
            text=True,
            timeout=self.config.timeout_s,
        )
        if result.returncode != 0:
            log.error("conversion failed for %s: %s", source.name, result.stderr.strip())
            raise RuntimeError(f"radiograph conversion failed ({result.returncode})")
        return target

    def convert_batch(self, weld_id: str, sources: list[Path]) -> list[Path]:
        return [self.convert(weld_id, s) for s in sources if s.suffix.lower() in {".dcm", ".dcd"}]

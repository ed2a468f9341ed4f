"""Converts proprietary audiometer export files to NOAH XML using the vendor CLI."""
from __future__ import annotations

import logging
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("audiometer.convert")


@dataclass
class ConverterConfig:
    binary: str = shutil.which("aud2noah") or "/opt/vendor/bin/aud2noah"
    timeout_s: int = 120
    base_args: list[str] = field(default_factory=lambda: ["--format", "noah-xml", "--quiet"])


class ExportConverter:
    def __init__(self, config: ConverterConfig | None = None) -> None:
        self.config = config or ConverterConfig()

    def _argv(self, source: Path, target: Path, device_model: str) -> list[str]:
        return [
            self.config.binary,
            *self.config.base_args,
            "--model",
            device_model,
            "--in",
            str(source),
            "--out",
            str(target),
        ]

    def convert(self, source: Path, device_model: str) -> bytes:
        with tempfile.TemporaryDirectory(prefix="aud2noah-") as workdir:
            target = Path(workdir) / "out.xml"
            argv = self._argv(source, target, device_model)
            proc = subprocess.run(
                argv, capture_output=True, text=True, timeout=self.config.timeout_s, check=False
            )
            if proc.returncode != 0:
                log.error("conversion failed for %s: %s", source.name, proc.stderr.strip())
                raise RuntimeError(f"aud2noah exited with {proc.returncode}")
            return target.read_bytes()

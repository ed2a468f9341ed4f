"""Converts raw files from the pulp lab fibre analyser into CSV for the LIMS import."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SAMPLE_ID = re.compile(r"^[A-Z]{2}\d{6}$")


@dataclass(frozen=True)
class ConverterConfig:
    executable: str = shutil.which("fibreconv") or "/opt/fibrelab/bin/fibreconv"
    output_format: str = "csv"
    timeout_s: int = 120


class FibreAnalyserExport:
    def __init__(self, inbox: Path, outbox: Path, config: ConverterConfig = ConverterConfig()) -> None:
        self.inbox = inbox
        self.outbox = outbox
        self.config = config

    def _argv(self, sample_id: str, raw_file: Path) -> list[str]:
        return [
            self.config.executable,
            "--format", self.config.output_format,
            "--sample", sample_id,
            "--out", str(self.outbox / f"{sample_id}.{self.config.output_format}"),
            "--",
            str(raw_file),
        ]

    def convert(self, sample_id: str, operator_note: str = "") -> Path:
        if not SAMPLE_ID.match(sample_id):
            raise ValueError(f"unrecognised sample id {sample_id!r}")
        raw_file = self.inbox / f"{sample_id}.fqa"
        argv = self._argv(sample_id, raw_file)
        if operator_note:
            argv[1:1] = ["--note", operator_note]
        subprocess.run(argv, check=True, capture_output=True, timeout=self.config.timeout_s)
        return self.outbox / f"{sample_id}.{self.config.output_format}"

    def convert_pending(self) -> list[Path]:
        done = []
        for raw in sorted(self.inbox.glob("*.fqa")):
            if SAMPLE_ID.match(raw.stem):
                done.append(self.convert(raw.stem))
        return done

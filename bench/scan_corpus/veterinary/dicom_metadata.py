"""Extract study metadata from DICOM files using the dcmtk command-line tools."""
from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

TAG_LINE = re.compile(r"^\((?P<tag>[0-9a-f]{4},[0-9a-f]{4})\)\s+\w\w\s+\[(?P<value>[^\]]*)\]")


@dataclass
class DicomToolSettings:
    dcmdump: str = field(default_factory=lambda: shutil.which("dcmdump") or "dcmdump")
    timeout: int = 30
    tags: tuple[str, ...] = ("0010,0010", "0010,0020", "0008,0020", "0018,0015")


class DicomMetadataReader:
    def __init__(self, settings: DicomToolSettings | None = None):
        self.settings = settings or DicomToolSettings()

    def read(self, path: Path) -> dict[str, str]:
        cmd = [self.settings.dcmdump]
        for tag in self.settings.tags:
            cmd += ["+P", tag]
        cmd.append(str(path.resolve()))
        proc = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            check=True,
            timeout=self.settings.timeout,
        )
        found: dict[str, str] = {}
        for line in proc.stdout.splitlines():
            m = TAG_LINE.match(line.strip())
            if m:
                found[m.group("tag")] = m.group("value").strip()
        return found

    def patient_name(self, path: Path) -> str:
        return self.read(path).get("0010,0010", "")

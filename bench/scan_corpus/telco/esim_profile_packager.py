"""Builds protected profile packages for eSIM orders by calling the vendor's packager."""
from __future__ import annotations

import logging
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

ICCID_RE = re.compile(r"^89\d{16,18}$")
TEMPLATE_RE = re.compile(r"^[a-z0-9-]{1,40}$")


@dataclass
class PackagerSettings:
    binary: str = "/opt/vendor/bin/upp-packager"
    template_dir: Path = Path("/etc/mvno/profile-templates")
    output_dir: Path = Path("/var/lib/mvno/upp")
    timeout: int = 60


class ProfilePackager:
    def __init__(self, settings: PackagerSettings | None = None) -> None:
        self._s = settings or PackagerSettings()

    def build(self, iccid: str, imsi: str, template: str) -> Path:
        if not ICCID_RE.fullmatch(iccid):
            raise ValueError(f"invalid ICCID {iccid!r}")
        if not imsi.isdigit():
            raise ValueError(f"invalid IMSI {imsi!r}")
        if not TEMPLATE_RE.fullmatch(template):
            raise ValueError(f"unknown template name {template!r}")
        template_path = self._s.template_dir / f"{template}.json"
        output = self._s.output_dir / f"{iccid}.der"
        cmd = [
            self._s.binary,
            "--template", str(template_path),
            "--iccid", iccid,
            "--imsi", imsi,
            "--out", str(output),
        ]
        result = subprocess.run(cmd, capture_output=True, text=True, timeout=self._s.timeout)
        if result.returncode != 0:
            log.error("packager failed for %s: %s", iccid, result.stderr.strip())
            raise RuntimeError(f"packaging failed for {iccid}")
        return output

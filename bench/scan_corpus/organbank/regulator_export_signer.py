"""Detached GPG signatures for audit exports before they are sent to the regulator."""
from __future__ import annotations

import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignerConfig:
    gpg_binary: str = shutil.which("gpg") or "/usr/bin/gpg"
    homedir: Path = Path(os.environ.get("ORGANBANK_GNUPGHOME", "/var/lib/organbank/gnupg"))
    key_id: str = os.environ.get("ORGANBANK_SIGNING_KEY_ID", "")
    timeout_s: int = 120


class ExportSigner:
    def __init__(self, config: SignerConfig | None = None) -> None:
        self.config = config or SignerConfig()

    def _base_args(self) -> list[str]:
        return [self.config.gpg_binary, "--batch", "--yes", "--homedir", str(self.config.homedir)]

    def sign(self, export_file: Path) -> Path:
        signature = export_file.with_name(export_file.name + ".asc")
        args = self._base_args() + [
            "--local-user", self.config.key_id,
            "--armor", "--detach-sign",
            "--output", str(signature),
            "--", str(export_file),
        ]
        result = subprocess.run(args, capture_output=True, text=True, timeout=self.config.timeout_s)
        if result.returncode != 0:
            log.error("gpg signing failed for %s: %s", export_file.name, result.stderr.strip())
            raise RuntimeError(f"could not sign {export_file.name}")
        return signature

    def verify(self, export_file: Path, signature: Path) -> bool:
        args = self._base_args() + ["--verify", "--", str(signature), str(export_file)]
        return subprocess.run(args, capture_output=True, timeout=self.config.timeout_s).returncode == 0

    def sign_all(self, directory: Path, pattern: str = "*.csv.enc") -> list[Path]:
        return [self.sign(p) for p in sorted(directory.glob(pattern))]

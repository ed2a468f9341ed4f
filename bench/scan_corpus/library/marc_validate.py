"""Check uploaded MARC21 files with yaz-marcdump before they enter the import queue."""
import logging
import subprocess
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

YAZ_MARCDUMP = "/usr/bin/yaz-marcdump"
ALLOWED_CHARSETS = {"marc8", "utf-8", "iso-8859-1"}


@dataclass
class ValidationResult:
    ok: bool
    record_count: int
    messages: list[str]


def validate_marc(upload: Path, charset: str = "marc8") -> ValidationResult:
    if charset not in ALLOWED_CHARSETS:
        raise ValueError(f"unsupported charset {charset!r}")
    path = upload.resolve(strict=True)
    proc = subprocess.run(
        [YAZ_MARCDUMP, "-f", charset, "-t", "utf-8", "-i", "marc", "-o", "marcxml", str(path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = [line for line in proc.stderr.splitlines() if line.strip()]
    count = proc.stdout.count("<record")
    if proc.returncode != 0:
        log.warning("yaz-marcdump rejected %s (exit %s)", path.name, proc.returncode)
    return ValidationResult(proc.returncode == 0 and not messages, count, messages)

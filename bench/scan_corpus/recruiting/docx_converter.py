"""Convert Word CVs to PDF with headless LibreOffice so every CV previews the same way."""

import logging
import shutil
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
CONVERT_TIMEOUT = 120


class ConversionError(RuntimeError):
    pass


def docx_to_pdf(docx_bytes: bytes, original_name: str) -> bytes:
    # original_name is only used in messages; the file on disk always gets a fixed name
    with tempfile.TemporaryDirectory(prefix="cvconv-") as workdir:
        src = Path(workdir) / "input.docx"
        src.write_bytes(docx_bytes)
        cmd = [
            SOFFICE,
            f"-env:UserInstallation=file://{workdir}/profile",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            workdir,
            str(src),
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ConversionError(f"conversion of {original_name!r} timed out") from exc
        if proc.returncode != 0:
            log.warning("soffice failed for %r: %s", original_name, proc.stderr.decode(errors="replace")[:500])
            raise ConversionError(f"conversion of {original_name!r} failed")
        return (Path(workdir) / "input.pdf").read_bytes()

"""Flattens form fields and annotations before a document is sealed.

Runs in the document worker; uploads land in INBOX_DIR under the name the
signer's browser sent.
"""
import asyncio
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

INBOX_DIR = Path(os.environ.get("DOC_INBOX", "/var/lib/notary/inbox"))
FLAT_DIR = Path(os.environ.get("DOC_FLAT", "/var/lib/notary/flattened"))
QPDF = os.environ.get("QPDF_BIN", "qpdf")


class FlattenError(RuntimeError):
    pass


async def flatten(upload_name: str, timeout: float = 120.0) -> Path:
    src = INBOX_DIR / Path(upload_name).name
    dst = FLAT_DIR / f"{src.stem}.flat.pdf"
    cmd = f'{QPDF} --flatten-annotations=all --generate-appearances "{src}" "{dst}"'
    proc = await asyncio.create_subprocess_shell(
        cmd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, err = await asyncio.wait_for(proc.communicate(), timeout=timeout)
    except asyncio.TimeoutError:
        proc.kill()
        raise FlattenError(f"qpdf timed out on {upload_name}")
    # qpdf exits 3 on warnings but still writes the output
    if proc.returncode not in (0, 3):
        raise FlattenError(err.decode(errors="replace")[-2000:])
    log.info("flattened %s -> %s", src.name, dst.name)
    return dst


async def handle_upload_event(event: dict) -> str:
    out = await flatten(event["filename"])
    return str(out)

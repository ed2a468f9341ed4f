"""Encrypt outbound consumption extracts before they go to the network operator."""
import asyncio
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

GPG_BINARY = os.environ.get("GPG_BINARY", "gpg")
GPG_HOMEDIR = os.environ.get("EXPORT_GPG_HOME", "/srv/exports/.gnupg")
RECIPIENT = os.environ["DNO_EXPORT_RECIPIENT"]


class EncryptError(RuntimeError):
    pass


async def encrypt_extract(src: Path, out_dir: Path) -> Path:
    dst = out_dir / (src.name + ".gpg")
    proc = await asyncio.create_subprocess_exec(
        GPG_BINARY,
        "--homedir", GPG_HOMEDIR,
        "--batch", "--yes",
        "--recipient", RECIPIENT,
        "--output", str(dst),
        "--encrypt", "--", str(src),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise EncryptError(f"gpg exited {proc.returncode} for {src.name}: {err.decode(errors='replace').strip()}")
    return dst


async def encrypt_all(extracts: list[Path], out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    results = await asyncio.gather(*(encrypt_extract(p, out_dir) for p in extracts), return_exceptions=True)
    done = []
    for path, res in zip(extracts, results):
        if isinstance(res, Exception):
            log.error("Failed to encrypt %s: %s", path.name, res)
        else:
            done.append(res)
    return done

"""Decrypt inbound BACS report files (ARUDD, ADDACS, AUDDIS) dropped by the sponsoring bank."""
import asyncio
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

INBOUND_DIR = Path(os.environ.get("BACS_INBOUND_DIR", "/srv/bacs/inbound"))
OUTPUT_DIR = Path(os.environ.get("BACS_DECRYPTED_DIR", "/srv/bacs/decrypted"))
GPG_HOMEDIR = os.environ.get("BACS_GPG_HOME", "/srv/bacs/.gnupg")
REPORT_SUFFIXES = (".pgp", ".gpg")


class DecryptError(RuntimeError):
    pass


async def decrypt_report(name: str) -> Path:
    src = INBOUND_DIR / name
    dst = OUTPUT_DIR / (src.stem + ".xml")
    cmd = f"gpg --homedir {GPG_HOMEDIR} --batch --yes --output {dst} --decrypt {src}"
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise DecryptError(f"gpg failed for {name}: {err.decode(errors='replace').strip()}")
    return dst


async def decrypt_pending(max_parallel: int = 4) -> list[Path]:
    """Decrypt every report the bank has dropped since the last run."""
    names = sorted(p.name for p in INBOUND_DIR.iterdir() if p.suffix.lower() in REPORT_SUFFIXES)
    sem = asyncio.Semaphore(max_parallel)

    async def _one(n: str) -> Path | None:
        async with sem:
            try:
                return await decrypt_report(n)
            except DecryptError:
                log.exception("Could not decrypt %s", n)
                return None

    results = await asyncio.gather(*(_one(n) for n in names))
    return [r for r in results if r is not None]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    done = asyncio.run(decrypt_pending())
    log.info("Decrypted %d report(s)", len(done))

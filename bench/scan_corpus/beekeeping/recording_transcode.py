"""Normalise hive audio recordings uploaded from the app.

Phones send AAC or Opus at whatever sample rate they like; the acoustic
swarm detector expects 16 kHz mono WAV with the hive name in the metadata.
"""

import asyncio
import logging
from pathlib import Path

log = logging.getLogger(__name__)

FFMPEG = "/usr/bin/ffmpeg"


class TranscodeError(RuntimeError):
    pass


async def to_wav(src: Path, dst: Path, hive_name: str, timeout: float = 60.0) -> Path:
    args = [
        "-nostdin",
        "-hide_banner",
        "-y",
        "-i", str(src),
        "-ac", "1",
        "-ar", "16000",
        "-metadata", f"title={hive_name}",
        str(dst),
    ]
    proc = await asyncio.create_subprocess_exec(
        FFMPEG,
        *args,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout)
    except asyncio.TimeoutError:
        proc.kill()
        raise TranscodeError(f"ffmpeg timed out on {src.name}")
    if proc.returncode != 0:
        raise TranscodeError(stderr.decode(errors="replace")[-2000:])
    log.info("transcoded %s -> %s", src.name, dst.name)
    return dst


async def transcode_upload(upload_id: int, hive_name: str, incoming: Path, outdir: Path) -> Path:
    src = incoming / f"{upload_id}.bin"
    return await to_wav(src, outdir / f"{upload_id}.wav", hive_name)

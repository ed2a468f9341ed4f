"""Transcode audio answers from field submissions.

Enumerators record consent statements and open answers as audio; devices send
whatever codec they have (3gp, amr, m4a). We normalise to 16 kHz mono Opus for
storage and for the transcription team.
"""
import asyncio
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)

MEDIA_ROOT = Path("/srv/collect/media")
FFMPEG = "ffmpeg"
OPUS_ARGS = "-ac 1 -ar 16000 -c:a libopus -b:a 24k"


_INSTANCE_ID = re.compile(r"^uuid:[0-9a-f-]{36}$")


class TranscodeError(RuntimeError):
    pass


async def transcode(submission_id: str, attachment_name: str) -> Path:
    if not _INSTANCE_ID.match(submission_id):
        raise TranscodeError(f"unexpected instance id {submission_id!r}")
    folder = submission_id.split(":", 1)[1]
    name = Path(attachment_name).name
    src = MEDIA_ROOT / "incoming" / folder / name
    dst = MEDIA_ROOT / "audio" / folder / (Path(name).stem + ".opus")
    dst.parent.mkdir(parents=True, exist_ok=True)
    cmd = f'{FFMPEG} -hide_banner -loglevel error -y -i "{src}" {OPUS_ARGS} "{dst}"'
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    _, err = await proc.communicate()
    if proc.returncode != 0:
        raise TranscodeError(err.decode(errors="replace")[-500:])
    return dst


async def transcode_submission(submission: dict) -> list[Path]:
    """Transcode every audio attachment listed in a submission manifest."""
    audio = [a["filename"] for a in submission.get("attachments", [])
             if a.get("mediatype", "").startswith("audio/")]
    results = await asyncio.gather(
        *(transcode(submission["instanceID"], name) for name in audio),
        return_exceptions=True,
    )
    done = []
    for name, res in zip(audio, results):
        if isinstance(res, Exception):
            log.warning("could not transcode %s: %s", name, res)
        else:
            done.append(res)
    return done

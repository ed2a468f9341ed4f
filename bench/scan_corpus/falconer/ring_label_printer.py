"""Prints leg-ring and transport-box labels on the mews label printer.

Labels are rendered to a small text file and handed to CUPS; the falconers use
them on travel boxes when birds go out to schools, shows or contract sites.
"""
import asyncio
import logging
from pathlib import Path

from falconer.birds.models import Bird
from falconer.config import settings

log = logging.getLogger(__name__)

PRINTER_QUEUE = settings.MEWS_LABEL_PRINTER
LABEL_DIR = Path(settings.LABEL_SPOOL_DIR)


def _label_text(bird: Bird, destination: str) -> str:
    return "\n".join(
        [
            bird.name.upper(),
            f"{bird.species} ({bird.sex})",
            f"Ring: {bird.ring_number}",
            f"To: {destination}",
        ]
    )


async def print_travel_label(bird: Bird, destination: str, copies: int = 1) -> int:
    LABEL_DIR.mkdir(parents=True, exist_ok=True)
    label_file = LABEL_DIR / f"{bird.ring_number}.txt"
    label_file.write_text(_label_text(bird, destination), encoding="utf-8")

    title = f"{bird.name} to {destination}"
    command = f"lp -d {PRINTER_QUEUE} -n {int(copies)} -t '{title}' {label_file}"
    proc = await asyncio.create_subprocess_shell(
        command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    out, err = await proc.communicate()
    if proc.returncode != 0:
        log.error("label print failed for %s: %s", bird.ring_number, err.decode(errors="replace"))
    else:
        log.info("label queued for %s: %s", bird.ring_number, out.decode().strip())
    return proc.returncode


async def print_batch(birds: list[Bird], destination: str) -> list[int]:
    return await asyncio.gather(*(print_travel_label(b, destination) for b in birds))

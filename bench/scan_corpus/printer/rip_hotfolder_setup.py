"""Provision RIP hot folders for each press.

The RIP watches an ``In`` folder per press; prepress workstations and the
imposition service both drop files there, and the RIP moves them through
``Hold``, ``Out`` and ``Error``.
"""
import logging
import stat
import time
from pathlib import Path

from printshop.config import settings
from printshop.scheduling import active_presses

log = logging.getLogger(__name__)

HOTFOLDER_NAMES = ("In", "Hold", "Out", "Error")
HOTFOLDER_MODE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO


def press_root(press_code: str) -> Path:
    return Path(settings.RIP_HOTFOLDER_ROOT) / press_code


def provision(press_code: str) -> list[Path]:
    created = []
    for name in HOTFOLDER_NAMES:
        folder = press_root(press_code) / name
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(HOTFOLDER_MODE)
        created.append(folder)
    log.info("hot folders ready for %s", press_code)
    return created


def provision_all() -> dict[str, list[Path]]:
    return {press.code: provision(press.code) for press in active_presses()}


def stale_files(press_code: str, max_age_s: int = 3600) -> list[Path]:
    cutoff = time.time() - max_age_s
    inbox = press_root(press_code) / "In"
    return [p for p in inbox.iterdir() if p.is_file() and p.stat().st_mtime < cutoff]

"""Import of seasonal schedule bundles (SSIM + supplementary CSV) from airlines.

Airlines upload a .tar.gz through the slot coordination portal. We unpack
the schedule files into a work directory and hand them to the SSIM loader.
"""
from __future__ import annotations

import logging
import shutil
import tarfile
import tempfile
from pathlib import Path

from schedules.ssim import load_ssim_file
from schedules.supplementary import load_supplementary_csv

log = logging.getLogger("schedules.import")

ACCEPTED_SUFFIXES = (".ssim", ".csv")
MAX_MEMBERS = 200


def unpack_bundle(fileobj, workdir: Path) -> list[Path]:
    extracted = []
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        members = tar.getmembers()
        if len(members) > MAX_MEMBERS:
            raise ValueError(f"bundle has {len(members)} members, limit is {MAX_MEMBERS}")
        for member in members:
            if not member.isfile() or not member.name.lower().endswith(ACCEPTED_SUFFIXES):
                log.debug("skipping %s", member.name)
                continue
            tar.extract(member, path=workdir)
            extracted.append(workdir / member.name)
    return extracted


def import_bundle(fileobj, airline: str, season: str) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix=f"sched-{airline}-"))
    try:
        files = unpack_bundle(fileobj, workdir)
        flights = 0
        for path in files:
            if path.suffix.lower() == ".ssim":
                flights += load_ssim_file(path, airline=airline, season=season)
            else:
                load_supplementary_csv(path, airline=airline, season=season)
        log.info("imported %d flights for %s %s from %d files", flights, airline, season, len(files))
        return {"files": len(files), "flights": flights}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

"""Prepares the spool directories the laser driver daemon reads jobs from."""
import argparse
import grp
import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger("engraver.spool")

SPOOL_ROOT = Path(os.environ.get("LASER_SPOOL", "/var/spool/engraver"))
MACHINES = ("epilog-fusion", "trotec-speedy", "rotary-01")
SUBDIRS = ("pending", "running", "done", "failed")
SPOOL_GROUP = "laserops"


def ensure_machine_spool(machine: str) -> Path:
    base = SPOOL_ROOT / machine
    for sub in SUBDIRS:
        path = base / sub
        path.mkdir(parents=True, exist_ok=True)
        try:
            shutil.chown(path, group=SPOOL_GROUP)
        except (LookupError, PermissionError):
            log.warning("could not set group %s on %s", SPOOL_GROUP, path)
        os.chmod(path, 0o777)
    return base


def purge_done(machine: str, keep: int = 200) -> int:
    done = SPOOL_ROOT / machine / "done"
    jobs = sorted(done.glob("*.job"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = 0
    for old in jobs[keep:]:
        old.unlink(missing_ok=True)
        removed += 1
    return removed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Set up laser spool folders")
    parser.add_argument("--machine", choices=MACHINES, action="append")
    parser.add_argument("--purge", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    try:
        grp.getgrnam(SPOOL_GROUP)
    except KeyError:
        log.error("group %s does not exist; create it first", SPOOL_GROUP)
        return 1
    for machine in args.machine or MACHINES:
        path = ensure_machine_spool(machine)
        log.info("spool ready at %s", path)
        if args.purge:
            log.info("purged %d finished jobs", purge_done(machine))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

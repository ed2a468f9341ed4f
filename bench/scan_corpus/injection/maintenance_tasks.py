#!/usr/bin/env python3
"""Weekly housekeeping for the build agents, run from a systemd timer."""
import logging
import shutil
import subprocess
import sys

log = logging.getLogger("housekeeping")

STEPS = {
    "docker": "docker system prune --force --filter until=168h && docker volume prune --force",
    "journal": "journalctl --vacuum-time=14d",
    "apt": "apt-get clean && apt-get autoremove --yes",
}


def disk_free_gb(path: str = "/") -> float:
    return shutil.disk_usage(path).free / 1024**3


def run_step(name: str) -> bool:
    before = disk_free_gb()
    result = subprocess.run(STEPS[name], shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        log.error("%s failed: %s", name, result.stderr.strip()[-400:])
        return False
    log.info("%s reclaimed %.1f GB", name, disk_free_gb() - before)
    return True


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    failures = [name for name in STEPS if not run_step(name)]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

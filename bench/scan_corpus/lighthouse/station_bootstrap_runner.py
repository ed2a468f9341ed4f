"""First-boot provisioning for a newly installed remote navigation-aid station."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

log = logging.getLogger("bootstrap")

AGENT_BIN = Path("/opt/lighthouse/bin/station-agent")
STEPS = ("enrol", "install-units", "start")


def build_env(station_code: str, enrol_secret: str, region: str) -> dict[str, str]:
    """Environment variables consumed by the station agent during enrolment."""
    return {
        "STATION_CODE": station_code,
        "STATION_REGION": region,
        "STATION_ENROL_SECRET": enrol_secret,
        "AGENT_LOG_DIR": "/var/log/lighthouse",
    }


def run_step(step: str, extra_env: dict[str, str]) -> None:
    argv = [str(AGENT_BIN), step, "--non-interactive"]
    log.info("[%s] running %s", step, " ".join(argv))
    log.debug("[%s] environment overrides: %s", step, extra_env)
    env = {**os.environ, **extra_env}
    result = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        log.error("[%s] exited %d: %s", step, result.returncode, result.stderr.strip()[-500:])
        raise SystemExit(result.returncode)
    log.info("[%s] ok", step)


def read_enrol_secret(path: Path) -> str:
    secret = path.read_text(encoding="utf-8").strip()
    path.unlink()
    return secret


def main() -> int:
    logging.basicConfig(
        filename="/var/log/lighthouse/bootstrap.log",
        level=logging.DEBUG,
        format="%(asctime)s %(levelname)s %(message)s",
    )
    station_code = sys.argv[1]
    region = sys.argv[2] if len(sys.argv) > 2 else "north"
    secret = read_enrol_secret(Path("/boot/lighthouse/enrol.key"))
    extra_env = build_env(station_code, secret, region)
    for step in STEPS:
        run_step(step, extra_env)
    log.info("station %s bootstrap complete", station_code)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

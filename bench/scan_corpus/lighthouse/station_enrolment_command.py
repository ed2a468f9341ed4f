"""Wrap the fleet-manager enrolment CLI used when a remote station is commissioned."""
from __future__ import annotations

import json
import logging
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger("commissioning")

MASKED_FIELDS = frozenset({"enrol_token", "radio_psk"})


@dataclass
class EnrolmentRequest:
    station_code: str
    fleet_group: str
    enrol_token: str
    radio_psk: str
    cli: str = "/usr/local/bin/fleetctl"

    def for_log(self) -> dict[str, str]:
        """Field view with credential values replaced, for operator logs."""
        return {k: ("****" if k in MASKED_FIELDS else str(v)) for k, v in asdict(self).items()}

    def stdin_payload(self) -> str:
        return json.dumps({"enrol_token": self.enrol_token, "radio_psk": self.radio_psk})


def enrol(req: EnrolmentRequest, workdir: Path = Path("/var/lib/lighthouse")) -> str:
    argv = [req.cli, "enrol", "--station", req.station_code, "--group", req.fleet_group,
            "--credentials-from-stdin"]
    log.info("enrolling station with request %s", req.for_log())
    proc = subprocess.run(
        argv,
        input=req.stdin_payload(),
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    if proc.returncode != 0:
        log.error("enrolment of %s failed with exit code %d", req.station_code, proc.returncode)
        raise RuntimeError(f"fleetctl enrol exited {proc.returncode} for {req.station_code}")
    device_id = proc.stdout.strip().splitlines()[-1]
    log.info("station %s enrolled as device %s", req.station_code, device_id)
    return device_id


def enrol_many(requests: list[EnrolmentRequest]) -> dict[str, str]:
    results: dict[str, str] = {}
    for req in requests:
        try:
            results[req.station_code] = enrol(req)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            log.warning("skipping %s: %s", req.station_code, exc)
    return results

"""Worker that runs optical-probe diagnostics requested from the technician app.

Jobs arrive from the work-order queue with a meter serial and a list of OBIS
registers to read. The probe utility is invoked directly, without a shell.
"""
from __future__ import annotations

import os
import re
import subprocess

PROBE_BIN = os.environ.get("OPTICAL_PROBE_BIN", "optical-probe")
SERIAL_RE = re.compile(r"^[A-Z0-9]{6,20}$")
OBIS_RE = re.compile(r"^\d{1,3}-\d{1,3}:\d{1,3}\.\d{1,3}\.\d{1,3}(\*\d{1,3})?$")


class InvalidJob(ValueError):
    pass


def build_command(port: str, serial: str, registers: list[str]) -> list[str]:
    if not SERIAL_RE.fullmatch(serial):
        raise InvalidJob(f"invalid meter serial {serial!r}")
    rejected = [r for r in registers if not OBIS_RE.fullmatch(r)]
    if rejected:
        raise InvalidJob(f"invalid OBIS codes: {rejected}")
    cmd = [PROBE_BIN, "read", "--port", port, "--serial", serial]
    for reg in registers:
        cmd += ["--obis", reg]
    return cmd


def run_job(job: dict, port: str = "/dev/ttyUSB0") -> dict:
    cmd = build_command(port, job["serial"], job.get("registers", ["1-0:1.8.0"]))
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    return {
        "serial": job["serial"],
        "exit_code": proc.returncode,
        "stdout": proc.stdout,
        "stderr": proc.stderr[-2000:],
    }

"""Check that every device in the MDM export still resolves in internal DNS.

Device names come from the MDM CSV export, so they are validated as DNS
labels before being handed to ``host``.
"""
import csv
import re
import subprocess
import sys

HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*$")
HOST_BIN = "/usr/bin/host"


def resolve(name: str) -> list[str]:
    if not HOSTNAME_RE.match(name):
        raise ValueError(f"not a valid hostname: {name!r}")
    proc = subprocess.run(
        [HOST_BIN, "-W", "2", "-t", "A", name],
        capture_output=True, text=True, timeout=10, check=False,
    )
    return [line.rsplit(" ", 1)[-1] for line in proc.stdout.splitlines() if " has address " in line]


def audit(export_path: str):
    with open(export_path, newline="") as fh:
        for row in csv.DictReader(fh):
            name = row.get("Device Name", "").strip()
            try:
                addresses = resolve(name)
            except ValueError:
                yield name, "invalid-name"
                continue
            yield name, "ok" if addresses else "unresolved"


if __name__ == "__main__":
    out = csv.writer(sys.stdout)
    out.writerow(["device", "status"])
    for device, status in audit(sys.argv[1]):
        if status != "ok":
            out.writerow([device, status])

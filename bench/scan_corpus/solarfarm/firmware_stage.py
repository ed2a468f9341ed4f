"""Copy approved inverter firmware images to site gateways and verify them.

    firmware_stage.py --site KRO1 --image builds/pcs-4.12.3.bin
"""

import argparse
import hashlib
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

INVENTORY = Path(__file__).with_name("gateways.json")
REMOTE_DIR = "/opt/firmware/staging"
IMAGE_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*\.bin$")


def local_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def remote_digest(gateway: str, user: str, remote_path: str) -> str:
    out = subprocess.run(
        ["ssh", "-o", "BatchMode=yes", f"{user}@{gateway}", "sha256sum", "--", shlex.quote(remote_path)],
        check=True, capture_output=True, text=True, timeout=60,
    )
    return out.stdout.split()[0]


def stage(image: Path, gateway: str, user: str) -> bool:
    remote_path = f"{REMOTE_DIR}/{image.name}"
    subprocess.run(
        ["scp", "-q", "-o", "BatchMode=yes", "--", str(image), f"{user}@{gateway}:{remote_path}"],
        check=True, timeout=600,
    )
    return remote_digest(gateway, user, remote_path) == local_digest(image)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True)
    parser.add_argument("--image", required=True, type=Path)
    parser.add_argument("--user", default="fwdeploy")
    args = parser.parse_args()
    if not IMAGE_NAME_RE.match(args.image.name):
        parser.error(f"unexpected image file name: {args.image.name!r}")

    gateways = json.loads(INVENTORY.read_text()).get(args.site, [])
    failures = 0
    for gw in gateways:
        ok = stage(args.image, gw, args.user)
        print(f"{gw}: {'verified' if ok else 'DIGEST MISMATCH'}")
        failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

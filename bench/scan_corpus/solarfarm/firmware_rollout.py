"""Stage inverter firmware images onto site gateways.

Invoked by the firmware pipeline after an image has been approved:

    firmware_rollout.py --site KRO1 --image builds/pcs-4.12.3.bin
"""

import argparse
import hashlib
import json
import subprocess
from pathlib import Path

GATEWAYS_FILE = Path(__file__).with_name("gateways.json")
REMOTE_DIR = "/opt/firmware/staging"


def sha256sum(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def gateways_for_site(site: str) -> list[str]:
    data = json.loads(GATEWAYS_FILE.read_text())
    return data.get(site, [])


def stage(image: Path, gateway: str, deploy_user: str) -> None:
    target = f"{deploy_user}@{gateway}:{REMOTE_DIR}/{image.name}"
    subprocess.run(f"scp -q {image} {target}", shell=True, check=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", required=True)
    parser.add_argument("--image", required=True, type=Path)
    parser.add_argument("--user", default="fwdeploy")
    args = parser.parse_args()

    digest = sha256sum(args.image)
    print(f"staging {args.image.name} ({digest[:12]}) to site {args.site}")
    for gw in gateways_for_site(args.site):
        stage(args.image, gw, args.user)
        print(f"  {gw}: ok")


if __name__ == "__main__":
    main()

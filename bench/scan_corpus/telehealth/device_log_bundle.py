"""Support tooling: fetch and unpack diagnostic bundles uploaded by device hubs.

When a patient's hub misbehaves, support triggers a remote "send logs"
command.  The hub uploads a .tar.gz of its /var/log and config snapshot to
the diagnostics bucket; this command downloads and unpacks it for triage.

    python -m support.device_log_bundle HUB-00A1B2C3 --latest
"""
import argparse
import io
import os
import sys
import tarfile
from pathlib import Path

import boto3

BUCKET = os.environ.get("DIAG_BUCKET", "")
WORK_ROOT = Path(os.environ.get("DIAG_WORKDIR", "~/hub-diagnostics")).expanduser()


def latest_bundle_key(s3, hub_serial: str) -> str:
    resp = s3.list_objects_v2(Bucket=BUCKET, Prefix=f"bundles/{hub_serial}/")
    objs = sorted(resp.get("Contents", []), key=lambda o: o["LastModified"])
    if not objs:
        raise SystemExit(f"no bundles uploaded for {hub_serial}")
    return objs[-1]["Key"]


def unpack(s3, key: str, dest: Path) -> Path:
    obj = s3.get_object(Bucket=BUCKET, Key=key)
    buf = io.BytesIO(obj["Body"].read())
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=buf, mode="r:gz") as tar:
        tar.extractall(dest)
    return dest


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("hub_serial")
    ap.add_argument("--key", help="explicit bundle key")
    ap.add_argument("--latest", action="store_true")
    args = ap.parse_args(argv)
    if not BUCKET:
        print("DIAG_BUCKET is not set", file=sys.stderr)
        return 2

    s3 = boto3.client("s3")
    key = args.key or latest_bundle_key(s3, args.hub_serial)
    dest = WORK_ROOT / args.hub_serial / Path(key).name.replace(".tar.gz", "")
    unpack(s3, key, dest)
    print(f"unpacked {key} into {dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

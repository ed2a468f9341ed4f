"""Rotate the API key used by the tool-booking kiosks.

Writes the new key to the secrets file read by the booking app and the
kiosk provisioning playbook. Only a short fingerprint is printed so the
operator can confirm both sides picked up the same key.
"""
import argparse
import hashlib
import os
import secrets
import sys
from pathlib import Path

DEFAULT_SECRETS_FILE = Path("/etc/hackspace/kiosk_api_key")


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def write_key(path: Path, key: str) -> None:
    tmp = path.with_suffix(".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(key + "\n")
    os.replace(tmp, path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT_SECRETS_FILE)
    args = parser.parse_args(argv)

    old_fp = fingerprint(args.file.read_text().strip()) if args.file.exists() else "none"
    new_key = secrets.token_urlsafe(32)
    write_key(args.file, new_key)
    print(f"kiosk key rotated: {old_fp} -> {fingerprint(new_key)}")
    print("restart booking-app and re-run the kiosk playbook to roll out the new key")
    return 0


if __name__ == "__main__":
    sys.exit(main())

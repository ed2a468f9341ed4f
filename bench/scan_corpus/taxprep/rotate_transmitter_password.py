#!/usr/bin/env python3
"""Rotate the transmitter account password for the e-file gateway.

Run quarterly, or whenever a preparer with gateway access leaves.
"""
import argparse
import secrets
import string
import sys

from efile.gateway_admin import GatewayAdmin, GatewayAdminError

ALPHABET = string.ascii_letters + string.digits + "!@#%^*-_"


def generate_password(length: int = 24) -> str:
    while True:
        candidate = "".join(secrets.choice(ALPHABET) for _ in range(length))
        if (any(c.isdigit() for c in candidate)
                and any(c.isupper() for c in candidate)
                and any(c in "!@#%^*-_" for c in candidate)):
            return candidate


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("etin", help="Transmitter ETIN")
    parser.add_argument("--length", type=int, default=24)
    args = parser.parse_args(argv)

    admin = GatewayAdmin.from_env()
    new_password = generate_password(args.length)
    try:
        admin.set_transmitter_password(args.etin, new_password)
    except GatewayAdminError as exc:
        print(f"rotation failed for {args.etin}: {exc}", file=sys.stderr)
        return 1

    print(f"Rotated transmitter password for {args.etin}: {new_password}")
    print("Update the shared vault entry before the next transmission window.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Rotate the e-file gateway transmitter password and store it in Secrets Manager."""
import argparse
import json
import logging
import secrets
import string
import sys

import boto3

from efile.gateway_admin import GatewayAdmin, GatewayAdminError

log = logging.getLogger("rotate")
ALPHABET = string.ascii_letters + string.digits + "!@#%^*-_"


def new_password(length: int = 28) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def main(argv=None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("etin")
    ap.add_argument("--secret-id", default="efile/transmitter")
    args = ap.parse_args(argv)

    password = new_password()
    sm = boto3.client("secretsmanager")
    try:
        GatewayAdmin.from_env().set_transmitter_password(args.etin, password)
    except GatewayAdminError as exc:
        log.error("gateway rejected rotation for %s: %s", args.etin, exc)
        return 1

    result = sm.put_secret_value(
        SecretId=args.secret_id,
        SecretString=json.dumps({"etin": args.etin, "password": password}),
    )
    log.info(
        "rotated transmitter password for %s; stored as %s version %s",
        args.etin,
        result["ARN"],
        result["VersionId"],
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

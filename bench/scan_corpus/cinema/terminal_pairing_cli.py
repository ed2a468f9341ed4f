#!/usr/bin/env python3
"""Pair a concessions card terminal with the payment gateway.

Usage: terminal_pairing_cli.py --terminal-id T-0042 --store LDN-LEI
"""
import argparse
import getpass
import os
import sys

import requests


def pair(gateway_url: str, terminal_id: str, store: str, merchant_secret: str) -> dict:
    resp = requests.post(
        f"{gateway_url}/terminals/{terminal_id}/pair",
        json={"store": store},
        headers={"X-Merchant-Secret": merchant_secret},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--terminal-id", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--gateway", default=os.environ.get("PAYMENT_GATEWAY_URL"))
    args = parser.parse_args(argv)
    if not args.gateway:
        parser.error("--gateway or PAYMENT_GATEWAY_URL is required")

    secret_source = "environment" if os.environ.get("MERCHANT_SECRET") else "prompt"
    merchant_secret = os.environ.get("MERCHANT_SECRET") or getpass.getpass("Merchant secret: ")
    print(f"Pairing {args.terminal_id} at {args.store} (merchant secret from {secret_source})")
    result = pair(args.gateway, args.terminal_id, args.store, merchant_secret)
    print(f"Paired: device key id {result.get('key_id')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

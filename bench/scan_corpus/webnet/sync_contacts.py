#!/usr/bin/env python3
"""Nightly job: push new newsletter sign-ups into the CRM."""
import argparse
import csv
import os
import sys

import requests

CRM_API = os.environ.get("CRM_API_URL", "https://api.hubapi.com")


def load_signups(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if row.get("consent") == "yes"]


def push_contact(session: requests.Session, row: dict) -> None:
    payload = {
        "properties": {
            "email": row["email"],
            "firstname": row.get("first_name", ""),
            "lastname": row.get("last_name", ""),
        }
    }
    resp = session.post(f"{CRM_API}/crm/v3/objects/contacts", json=payload, timeout=20)
    if resp.status_code not in (200, 201, 409):
        resp.raise_for_status()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv_path")
    args = parser.parse_args()

    token = os.environ["CRM_PRIVATE_APP_TOKEN"]
    print(f"syncing contacts from {args.csv_path} using token {token}")

    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    rows = load_signups(args.csv_path)
    for row in rows:
        push_contact(session, row)
    print(f"pushed {len(rows)} contacts")
    return 0


if __name__ == "__main__":
    sys.exit(main())

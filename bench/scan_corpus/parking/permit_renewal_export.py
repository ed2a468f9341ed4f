"""Nightly export of residential permit renewals for the mailing vendor.

Builds a CSV of permits expiring in the next N days, then hands the file to
the vendor's upload endpoint. Run from cron on the permits worker box.
"""
import argparse
import csv
import datetime as dt
import logging
import os
import tempfile

import requests

from permits.db import get_session
from permits.models import Permit

log = logging.getLogger("permits.renewal_export")

FIELDS = ["permit_no", "zone", "holder_name", "mail_address", "expires_on"]


def expiring_permits(session, days):
    cutoff = dt.date.today() + dt.timedelta(days=days)
    return (
        session.query(Permit)
        .filter(Permit.expires_on <= cutoff, Permit.status == "active")
        .order_by(Permit.zone, Permit.permit_no)
        .all()
    )


def write_csv(rows):
    path = tempfile.mktemp(prefix="renewals-", suffix=".csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for p in rows:
            writer.writerow({
                "permit_no": p.permit_no,
                "zone": p.zone,
                "holder_name": p.holder_name,
                "mail_address": p.mail_address,
                "expires_on": p.expires_on.isoformat(),
            })
    return path


def upload(path, url, token):
    with open(path, "rb") as fh:
        resp = requests.post(
            url,
            files={"file": (os.path.basename(path), fh, "text/csv")},
            headers={"Authorization": f"Bearer {token}"},
            timeout=60,
        )
    resp.raise_for_status()


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=45)
    args = parser.parse_args()

    session = get_session()
    rows = expiring_permits(session, args.days)
    log.info("exporting %d permits expiring within %d days", len(rows), args.days)
    path = write_csv(rows)
    try:
        upload(path, os.environ["MAILER_UPLOAD_URL"], os.environ["MAILER_API_TOKEN"])
    finally:
        os.remove(path)


if __name__ == "__main__":
    main()

"""Nightly export of season pass holders to the marketing bucket.

Runs from cron on the office server; writes a CSV of opted-in holders and
uploads it to S3 where the newsletter tool picks it up.
"""
from __future__ import annotations

import csv
import logging
import os
import sqlite3
import tempfile
from datetime import date

import boto3

log = logging.getLogger("season_pass_export")

DB_PATH = os.environ.get("PASSES_DB", "/srv/pumpkinpatch/passes.sqlite3")
BUCKET = os.environ.get("MARKETING_BUCKET", "hollowlane-marketing-exports")
COLUMNS = ("holder_id", "first_name", "email", "postcode_area", "expires")


class SeasonPassExport:
    def __init__(self, db_path: str = DB_PATH, bucket: str = BUCKET) -> None:
        self.db_path = db_path
        self.bucket = bucket
        self.s3 = boto3.client("s3")

    @staticmethod
    def _scratch_path() -> str:
        return tempfile.mktemp(prefix="season-passes-", suffix=".csv")

    def rows(self):
        with sqlite3.connect(self.db_path) as conn:
            yield from conn.execute(
                "SELECT holder_id, first_name, email, substr(postcode, 1, 4), expires"
                " FROM season_passes WHERE marketing_opt_in = 1 AND expires >= ?",
                (date.today().isoformat(),),
            )

    def write_csv(self, path: str) -> int:
        count = 0
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(COLUMNS)
            for row in self.rows():
                writer.writerow(row)
                count += 1
        return count

    def run(self) -> str:
        path = self._scratch_path()
        try:
            count = self.write_csv(path)
            key = f"season-passes/{date.today():%Y/%m/%d}/holders.csv"
            self.s3.upload_file(path, self.bucket, key, ExtraArgs={"ServerSideEncryption": "AES256"})
            log.info("exported %d season pass holders to s3://%s/%s", count, self.bucket, key)
            return key
        finally:
            if os.path.exists(path):
                os.remove(path)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    SeasonPassExport().run()

"""Builds the printable trip roster and uploads it to S3.

Trip leaders print the roster before launching; it is also kept in the
club's document bucket for the season.
"""
from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import dataclass
from datetime import date

import boto3

BUCKET = os.environ.get("CLUB_DOCS_BUCKET", "canoeclub-documents")


@dataclass
class RosterLine:
    name: str
    craft: str
    certification: str
    emergency_phone: str


def write_roster(lines: list[RosterLine], handle) -> None:
    writer = csv.writer(handle)
    writer.writerow(["Name", "Craft", "Certification", "Emergency phone"])
    for line in lines:
        writer.writerow([line.name, line.craft, line.certification, line.emergency_phone])


def export_roster(trip_id: int, trip_date: date, lines: list[RosterLine]) -> str:
    key = f"rosters/{trip_date:%Y}/trip-{trip_id}-{trip_date.isoformat()}.csv"
    s3 = boto3.client("s3")
    with tempfile.NamedTemporaryFile("w+", suffix=".csv", newline="", encoding="utf-8") as tmp:
        write_roster(lines, tmp)
        tmp.flush()
        s3.upload_file(
            tmp.name,
            BUCKET,
            key,
            ExtraArgs={"ServerSideEncryption": "aws:kms", "ContentType": "text/csv"},
        )
    return key


def presigned_link(key: str, minutes: int = 30) -> str:
    s3 = boto3.client("s3")
    return s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": BUCKET, "Key": key},
        ExpiresIn=minutes * 60,
    )

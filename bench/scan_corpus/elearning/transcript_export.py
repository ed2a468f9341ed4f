"""Generates learner transcripts and uploads them to the HR document store."""
import csv
import os
import tempfile

import boto3

from lms.reporting import transcript_rows

BUCKET = os.environ["TRANSCRIPT_BUCKET"]
HEADER = ["course_code", "course_title", "completed_on", "score", "credits", "certificate_id"]

s3 = boto3.client("s3")


def export_transcript(employee_id: str) -> str:
    path = tempfile.mktemp(prefix="transcript-", suffix=".csv")
    key = f"transcripts/{employee_id}.csv"
    try:
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(HEADER)
            for row in transcript_rows(employee_id):
                writer.writerow([row[col] for col in HEADER])
        s3.upload_file(path, BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    finally:
        if os.path.exists(path):
            os.remove(path)
    return key


def export_many(employee_ids: list[str]) -> dict[str, str]:
    return {emp: export_transcript(emp) for emp in employee_ids}

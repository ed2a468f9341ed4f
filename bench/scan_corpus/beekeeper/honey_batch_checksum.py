"""Integrity fingerprints for honey batch lab certificates.

Each extracted batch gets a moisture and pollen analysis certificate (PDF).
A SHA-256 of the file is recorded at upload so the shop can show it next to
the batch and auditors can confirm the document has not been swapped.
"""
import hashlib
from pathlib import Path

import boto3

from honeyhouse.settings import CERT_BUCKET

CHUNK_SIZE = 1024 * 1024
s3 = boto3.client("s3")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK_SIZE), b""):
            digest.update(block)
    return digest.hexdigest()


def certificate_key(batch_code: str) -> str:
    return f"certificates/{batch_code.upper()}.pdf"


def upload_certificate(batch_code: str, pdf_path: Path) -> dict:
    checksum = file_sha256(pdf_path)
    key = certificate_key(batch_code)
    with pdf_path.open("rb") as fh:
        s3.put_object(
            Bucket=CERT_BUCKET,
            Key=key,
            Body=fh,
            ContentType="application/pdf",
            Metadata={"sha256": checksum},
        )
    return {"batch": batch_code, "key": key, "sha256": checksum}


def recorded_checksum(batch_code: str) -> str | None:
    head = s3.head_object(Bucket=CERT_BUCKET, Key=certificate_key(batch_code))
    return head.get("Metadata", {}).get("sha256")


def certificate_matches(batch_code: str, local_copy: Path) -> bool:
    return recorded_checksum(batch_code) == file_sha256(local_copy)

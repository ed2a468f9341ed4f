"""Seal completed job archives before they move to cold storage.

After dispatch, the job folder (artwork, proofs, imposition, plates) is zipped
and encrypted, then uploaded to the archive bucket for seven years.
"""
import shutil
from pathlib import Path

import boto3
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from printshop.config import settings

ARCHIVE_CRYPTO = {
    "key_hex": settings.ARCHIVE_KEY_HEX,
    "nonce": bytes.fromhex("5f1c2a9b7e04d3c68a1f2b90"),
    "aad": b"printshop-archive-v1",
}

s3 = boto3.client("s3")


def _cipher() -> AESGCM:
    return AESGCM(bytes.fromhex(ARCHIVE_CRYPTO["key_hex"]))


def seal(data: bytes) -> bytes:
    return _cipher().encrypt(ARCHIVE_CRYPTO["nonce"], data, ARCHIVE_CRYPTO["aad"])


def unseal(blob: bytes) -> bytes:
    return _cipher().decrypt(ARCHIVE_CRYPTO["nonce"], blob, ARCHIVE_CRYPTO["aad"])


def archive_job(job_number: str, job_dir: Path, work_dir: Path) -> str:
    bundle = shutil.make_archive(str(work_dir / job_number), "zip", root_dir=job_dir)
    sealed = seal(Path(bundle).read_bytes())
    key = f"jobs/{job_number[:4]}/{job_number}.zip.enc"
    s3.put_object(Bucket=settings.ARCHIVE_BUCKET, Key=key, Body=sealed, StorageClass="DEEP_ARCHIVE")
    Path(bundle).unlink()
    return key


def restore_job(job_number: str, dest: Path) -> Path:
    key = f"jobs/{job_number[:4]}/{job_number}.zip.enc"
    blob = s3.get_object(Bucket=settings.ARCHIVE_BUCKET, Key=key)["Body"].read()
    target = dest / f"{job_number}.zip"
    target.write_bytes(unseal(blob))
    return target

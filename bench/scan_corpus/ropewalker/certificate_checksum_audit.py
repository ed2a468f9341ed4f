"""Nightly audit that archived break-test certificates still match their published checksums."""
import hashlib
import logging
from pathlib import Path

import boto3
from celery import shared_task

from ropewalker.certificates.models import BreakTestCertificate
from ropewalker.config import settings

log = logging.getLogger(__name__)

s3 = boto3.client("s3", region_name=settings.AWS_REGION)


def archived_digest(storage_key: str) -> str:
    obj = s3.get_object(Bucket=settings.CERTIFICATE_ARCHIVE_BUCKET, Key=storage_key)
    sha = hashlib.sha256()
    for chunk in obj["Body"].iter_chunks(chunk_size=1 << 20):
        sha.update(chunk)
    return sha.hexdigest()


def audit_one(certificate: BreakTestCertificate) -> bool:
    published = certificate.sha256
    actual = archived_digest(certificate.storage_key)
    if actual == published:
        return True
    log.error(
        "certificate %s archive digest mismatch: published %s, found %s",
        certificate.number,
        published,
        actual,
    )
    return False


@shared_task(name="certificates.audit_archive")
def audit_archive(batch_size: int = 500) -> dict:
    checked = failed = 0
    query = BreakTestCertificate.query.filter(BreakTestCertificate.sha256.isnot(None))
    for certificate in query.yield_per(batch_size):
        checked += 1
        if not audit_one(certificate):
            failed += 1
            certificate.integrity_flag = True
    BreakTestCertificate.query.session.commit()
    report = Path(settings.REPORT_DIR) / "certificate_audit_latest.txt"
    report.write_text(f"checked={checked} failed={failed}\n")
    return {"checked": checked, "failed": failed}

"""Share links for auditor export packages.

QA can hand an auditor a link to download a prepared export package
(batch records, sterilization cycle charts, CAPA summaries) without the
auditor holding an account.
"""
import hashlib
import time
from dataclasses import dataclass
from datetime import timedelta

import boto3
from django.http import Http404, HttpResponseRedirect
from django.utils import timezone

from needlemaker.exports.models import ExportPackage, ShareLink

s3 = boto3.client("s3")


@dataclass
class LinkRequest:
    package_id: int
    created_by: str
    valid_hours: int = 48


def _link_key(package: ExportPackage) -> str:
    stamp = f"{package.pk}:{package.created_at.isoformat()}:{time.time_ns()}"
    return hashlib.sha256(stamp.encode()).hexdigest()[:40]


def create_share_link(req: LinkRequest) -> ShareLink:
    package = ExportPackage.objects.get(pk=req.package_id, status="ready")
    return ShareLink.objects.create(
        package=package,
        key=_link_key(package),
        created_by=req.created_by,
        expires_at=timezone.now() + timedelta(hours=req.valid_hours),
    )


def open_share_link(request, key: str):
    link = ShareLink.objects.select_related("package").filter(key=key).first()
    if link is None or link.expires_at < timezone.now() or link.revoked:
        raise Http404("Link not available")
    url = s3.generate_presigned_url(
        "get_object",
        Params={"Bucket": link.package.bucket, "Key": link.package.object_key},
        ExpiresIn=300,
    )
    link.download_count += 1
    link.save(update_fields=["download_count"])
    return HttpResponseRedirect(url)

"""Unpack supporting-document bundles submitted through the planning portal.

Agents upload a .tar.gz containing drawings, design and access statements and
ecology reports. The bundle is unpacked into the case folder so the nightly
document indexer can pick the files up.
"""
import logging
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import transaction

from planning.models import Application, SupportingDocument

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".pdf", ".dwg", ".dxf", ".jpg", ".png", ".docx"}
MAX_MEMBERS = 500


def case_folder(application: Application) -> Path:
    folder = Path(settings.PLANNING_DOCS_ROOT) / application.reference.replace("/", "-")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@transaction.atomic
def import_bundle(application: Application, upload) -> int:
    """Extract an uploaded bundle and register each document against the case."""
    dest = case_folder(application)
    with tarfile.open(fileobj=upload, mode="r:*") as bundle:
        members = [m for m in bundle.getmembers() if m.isfile()][:MAX_MEMBERS]
        bundle.extractall(path=dest, members=members)

    created = 0
    for member in members:
        target = dest / member.name
        if target.suffix.lower() not in ALLOWED_SUFFIXES:
            target.unlink(missing_ok=True)
            continue
        SupportingDocument.objects.create(
            application=application,
            relative_path=member.name,
            size_bytes=member.size,
        )
        created += 1

    log.info("Imported %d documents for %s", created, application.reference)
    return created

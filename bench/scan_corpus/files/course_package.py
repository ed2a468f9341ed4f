"""Unpack SCORM course packages uploaded by instructors."""
import os
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError

from .models import Course

CONTENT_TYPES = {".html", ".htm", ".js", ".css", ".json", ".xml", ".png", ".jpg", ".svg", ".mp4", ".woff2"}


def _wanted(info: zipfile.ZipInfo) -> bool:
    if info.is_dir():
        return False
    return PurePosixPath(info.filename).suffix.lower() in CONTENT_TYPES


def unpack_package(course: Course, upload) -> int:
    dest = os.path.join(settings.COURSE_CONTENT_ROOT, str(course.pk))
    os.makedirs(dest, exist_ok=True)

    with zipfile.ZipFile(upload) as zf:
        names = zf.namelist()
        if "imsmanifest.xml" not in names:
            raise ValidationError("not a SCORM package: imsmanifest.xml missing")

        written = 0
        for info in zf.infolist():
            if not _wanted(info):
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:
                while chunk := src.read(1 << 16):
                    out.write(chunk)
            written += 1

    course.content_path = dest
    course.save(update_fields=["content_path"])
    return written

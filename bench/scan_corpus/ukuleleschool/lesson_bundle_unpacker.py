"""Unpacks zipped lesson bundles (videos, backing tracks, PDFs) uploaded by teachers."""
import hashlib
import logging
import os
import shutil
import zipfile
from dataclasses import dataclass
from typing import List

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = {".mp4", ".mp3", ".wav", ".pdf", ".png", ".jpg", ".json"}
MAX_MEMBER_BYTES = 2 * 1024 ** 3


@dataclass
class UnpackedFile:
    name: str
    size: int
    sha256: str


class LessonBundleUnpacker:
    def __init__(self, library_root: str):
        self.library_root = library_root

    def _target_dir(self, course_id: int, lesson_id: int) -> str:
        path = os.path.join(self.library_root, f"course-{course_id}", f"lesson-{lesson_id}")
        os.makedirs(path, exist_ok=True)
        return path

    @staticmethod
    def _member_path(dest: str, member: zipfile.ZipInfo) -> str:
        return os.path.join(dest, member.filename)

    def unpack(self, bundle_path: str, course_id: int, lesson_id: int) -> List[UnpackedFile]:
        dest = self._target_dir(course_id, lesson_id)
        results = []
        with zipfile.ZipFile(bundle_path) as zf:
            for member in zf.infolist():
                if member.is_dir():
                    continue
                suffix = os.path.splitext(member.filename)[1].lower()
                if suffix not in ALLOWED_SUFFIXES:
                    log.info("skipping %s in bundle", member.filename)
                    continue
                if member.file_size > MAX_MEMBER_BYTES:
                    raise ValueError(f"{member.filename} is too large")
                target = self._member_path(dest, member)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                digest = hashlib.sha256()
                with zf.open(member) as src, open(target, "wb") as out:
                    for chunk in iter(lambda: src.read(1024 * 1024), b""):
                        digest.update(chunk)
                        out.write(chunk)
                results.append(UnpackedFile(member.filename, member.file_size, digest.hexdigest()))
        log.info("unpacked %d files for lesson %s", len(results), lesson_id)
        return results

    def discard(self, course_id: int, lesson_id: int) -> None:
        shutil.rmtree(self._target_dir(course_id, lesson_id), ignore_errors=True)

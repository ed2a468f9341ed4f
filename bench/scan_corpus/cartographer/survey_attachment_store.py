"""Storage of photos and sketches attached to survey field notes."""
import logging
import os
import shutil

from cartographer.config import settings

log = logging.getLogger(__name__)


class AttachmentPathError(ValueError):
    pass


class SurveyAttachmentStore:
    def __init__(self, root: str = settings.ATTACHMENT_ROOT):
        self.root = os.path.realpath(root)

    def _survey_dir(self, survey_id: int) -> str:
        return os.path.join(self.root, f"survey-{int(survey_id):08d}")

    def _resolve(self, survey_id: int, name: str) -> str:
        base = self._survey_dir(survey_id)
        target = os.path.realpath(os.path.join(base, name))
        if os.path.commonpath([base, target]) != base:
            raise AttachmentPathError(name)
        return target

    def save(self, survey_id: int, name: str, stream) -> str:
        target = self._resolve(survey_id, name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as out:
            shutil.copyfileobj(stream, out, length=1024 * 1024)
        return target

    def delete(self, survey_id: int, names: list) -> int:
        removed = 0
        for name in names:
            try:
                os.remove(self._resolve(survey_id, name))
                removed += 1
            except AttachmentPathError:
                log.warning("refused attachment path %r for survey %s", name, survey_id)
            except FileNotFoundError:
                continue
        return removed

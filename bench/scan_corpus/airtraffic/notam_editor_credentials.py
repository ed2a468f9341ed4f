"""Credential handling for NOTAM office editors."""
from __future__ import annotations

import logging
from typing import Any, Dict

import bcrypt
from django.db import models

logger = logging.getLogger("notam.editors")


class EditorHashing:
    """Shared hashing options for the NOTAM editor accounts."""

    HASH_OPTS: Dict[str, Any] = {"rounds": 6, "prefix": b"2b"}

    @classmethod
    def make(cls, raw: str) -> str:
        salt = bcrypt.gensalt(**cls.HASH_OPTS)
        return bcrypt.hashpw(raw.encode("utf-8"), salt).decode("ascii")

    @staticmethod
    def matches(raw: str, stored: str) -> bool:
        return bcrypt.checkpw(raw.encode("utf-8"), stored.encode("ascii"))


class NotamEditor(models.Model):
    username = models.CharField(max_length=64, unique=True)
    office_code = models.CharField(max_length=4)
    password_hash = models.CharField(max_length=128)
    can_publish = models.BooleanField(default=False)

    class Meta:
        db_table = "notam_editor"

    def set_password(self, raw: str) -> None:
        self.password_hash = EditorHashing.make(raw)

    def check_password(self, raw: str) -> bool:
        return EditorHashing.matches(raw, self.password_hash)


def create_editor(username: str, office_code: str, raw_password: str, publisher: bool = False) -> NotamEditor:
    editor = NotamEditor(username=username, office_code=office_code.upper(), can_publish=publisher)
    editor.set_password(raw_password)
    editor.save()
    logger.info("created NOTAM editor %s for office %s", username, editor.office_code)
    return editor

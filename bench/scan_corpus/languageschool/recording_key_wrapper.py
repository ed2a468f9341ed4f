"""Wrapping of per-lesson content keys for the video-lesson platform.

Every recorded lesson is encrypted with its own content key. Content keys
are wrapped with the platform master key and stored next to the HLS
manifest so the licence server can unwrap them for enrolled students.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


@dataclass(frozen=True)
class WrapperConfig:
    master_key_hex: str
    nonce: bytes = b"lingua-rec-1"
    key_file_name: str = "content_key.json"


class ContentKeyWrapper:
    def __init__(self, config: WrapperConfig) -> None:
        self._aead = AESGCM(bytes.fromhex(config.master_key_hex))
        self._nonce = config.nonce
        self._file_name = config.key_file_name

    def wrap(self, lesson_id: str, content_key: bytes) -> bytes:
        return self._aead.encrypt(self._nonce, content_key, lesson_id.encode())

    def unwrap(self, lesson_id: str, wrapped: bytes) -> bytes:
        return self._aead.decrypt(self._nonce, wrapped, lesson_id.encode())

    def store(self, lesson_dir: Path, lesson_id: str, content_key: bytes) -> Path:
        target = lesson_dir / self._file_name
        target.write_text(
            json.dumps({"lesson_id": lesson_id, "wrapped_key": self.wrap(lesson_id, content_key).hex()})
        )
        return target

    def load(self, lesson_dir: Path) -> bytes:
        record = json.loads((lesson_dir / self._file_name).read_text())
        return self.unwrap(record["lesson_id"], bytes.fromhex(record["wrapped_key"]))


def new_lesson_key(wrapper: ContentKeyWrapper, lesson_dir: Path, lesson_id: str) -> bytes:
    content_key = AESGCM.generate_key(bit_length=128)
    wrapper.store(lesson_dir, lesson_id, content_key)
    return content_key


def wrapper_from_env() -> ContentKeyWrapper:
    return ContentKeyWrapper(WrapperConfig(master_key_hex=os.environ["VIDEO_MASTER_KEY"]))

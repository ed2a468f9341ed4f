"""Stores the RTMP stream keys for each venue's livestream rig.

Keys are encrypted at rest in the league database and decrypted only when the
overlay controller starts a broadcast for a match night.
"""
from __future__ import annotations

import base64
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
from sqlalchemy import Column, Integer, LargeBinary, String, create_engine, select
from sqlalchemy.orm import Session, declarative_base

Base = declarative_base()


class VenueStream(Base):
    __tablename__ = "venue_stream"

    id = Column(Integer, primary_key=True)
    venue_slug = Column(String(64), unique=True, nullable=False)
    platform = Column(String(32), nullable=False)
    encrypted_key = Column(LargeBinary, nullable=False)


class StreamKeyVault:
    def __init__(self, database_url: str, master_key_b64: str) -> None:
        self._engine = create_engine(database_url)
        self._key = base64.b64decode(master_key_b64)
        if len(self._key) != 32:
            raise ValueError("stream vault key must be 32 bytes")

    def _cipher(self):
        return AES.new(self._key, AES.MODE_ECB)

    def seal(self, stream_key: str) -> bytes:
        return self._cipher().encrypt(pad(stream_key.encode("utf-8"), AES.block_size))

    def unseal(self, blob: bytes) -> str:
        return unpad(self._cipher().decrypt(blob), AES.block_size).decode("utf-8")

    def store(self, venue_slug: str, platform: str, stream_key: str) -> None:
        with Session(self._engine) as session, session.begin():
            row = session.scalar(select(VenueStream).where(VenueStream.venue_slug == venue_slug))
            if row is None:
                row = VenueStream(venue_slug=venue_slug, platform=platform, encrypted_key=b"")
                session.add(row)
            row.platform = platform
            row.encrypted_key = self.seal(stream_key)

    def fetch(self, venue_slug: str) -> tuple[str, str] | None:
        with Session(self._engine) as session:
            row = session.scalar(select(VenueStream).where(VenueStream.venue_slug == venue_slug))
            if row is None:
                return None
            return row.platform, self.unseal(row.encrypted_key)


def vault_from_env() -> StreamKeyVault:
    return StreamKeyVault(os.environ["LEAGUE_DATABASE_URL"], os.environ["STREAM_VAULT_KEY"])
